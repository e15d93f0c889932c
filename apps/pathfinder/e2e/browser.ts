// Starts the built app on 127.0.0.1 and Debian's chromium, and records every request the page makes.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../vitest.shared.ts';

export interface AppSession {
  url: string;
  browser: Browser;
  newPage: (options?: Parameters<Browser['newContext']>[0]) => Promise<{ page: Page; context: BrowserContext; requests: string[]; problems: string[] }>;
  close: () => Promise<void>;
}

export async function startApp(): Promise<AppSession> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const server: PreviewServer = await preview({ root, configFile: false, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server did not report its port.');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    url,
    browser,
    newPage: async (options) => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      // Console errors (a blocked style or script, a React warning) and uncaught exceptions.
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      return { page, context, requests, problems };
    },
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve, reject) => server.httpServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** True for addresses this machine serves itself; the app must request nothing else. */
export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}
