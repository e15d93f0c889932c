// Starts the built app on 127.0.0.1 and Debian's chromium, and records every request the page makes.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../vitest.shared.ts';

export interface PageSession {
  page: Page;
  context: BrowserContext;
  requests: string[];
  problems: string[];
}

export interface AppSession {
  url: string;
  browser: Browser;
  newPage: (options?: Parameters<Browser['newContext']>[0]) => Promise<PageSession>;
  /**
   * A browser profile kept in `userDataDir` (IndexedDB included): close it and call again with the same
   * folder to see what survives a browser restart.
   */
  persistentPage: (userDataDir: string) => Promise<PageSession>;
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
    newPage: async (options) => watch(await browser.newContext(options)),
    persistentPage: async (userDataDir) => watch(await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })),
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve, reject) => server.httpServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** A new page in `context` that records every request, console error and uncaught exception. */
export async function watch(context: BrowserContext): Promise<PageSession> {
  const page = await context.newPage();
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  // Console errors (a blocked style or script, a React warning) and uncaught exceptions.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, context, requests, problems };
}

/** True for addresses this machine serves itself; the app must request nothing else. */
export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's WCAG 2.2 AA violations on the page as it is now, as "rule: targets" lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The three looks every page is checked in. */
export const LOOKS = [
  { name: 'light', options: { colorScheme: 'light' as const, reducedMotion: 'reduce' as const } },
  { name: 'dark', options: { colorScheme: 'dark' as const, reducedMotion: 'reduce' as const } },
  { name: '320 px', options: { viewport: { width: 320, height: 800 }, reducedMotion: 'reduce' as const } },
];
