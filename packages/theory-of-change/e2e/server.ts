// Bundles the test pages and serves them on 127.0.0.1; Debian's chromium drives them.
import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../vitest.shared.ts';

export interface Session {
  url: string;
  newPage: (options?: Parameters<Browser['newContext']>[0]) => Promise<{ page: Page; context: BrowserContext; requests: string[] }>;
  close: () => Promise<void>;
}

const html = (page: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Theory of Change test page</title></head><body data-page="${page}"><main><h1>Our Theory of Change</h1></main><script src="/pages.js"></script></body></html>`;

export async function start(): Promise<Session> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./pages.tsx', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    conditions: ['@nttp/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  const server: Server = createServer((request, response) => {
    if (request.url === '/pages.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else if (/^\/(element|react|svg)(\?|$)/.test(request.url ?? '')) response.writeHead(200, { 'content-type': 'text/html' }).end(html(request.url!.slice(1).split('?')[0]!));
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test server did not report its port.');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    url: `http://127.0.0.1:${address.port}`,
    newPage: async (options) => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      return { page, context, requests };
    },
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

/** The WCAG tags axe checks against. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Starts the pages and the browser before a test file's tests and closes them after; call at the top level. */
export function browserSession(): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await start();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => session!;
}
