// layoutAsync from the published build (dist/index.js and dist/worker.js, as `pnpm build` makes them) in
// chromium: a 2000-step graph is laid out in the Web Worker, the drawing equals layout()'s, and the page
// keeps painting meanwhile. zod and @nttp/domain reach the page through an import map, as a site without
// a bundler would serve them; the worker needs neither.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../vitest.shared.ts';
import { tocShapedGraph } from '../bench/graphs';
import type * as Toc from '../src/index';

const root = fileURLToPath(new URL('..', import.meta.url));
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>layoutAsync</title>
<script type="importmap">{"imports":{"zod/v4":"/vendor/zod.js","@nttp/domain":"/vendor/domain.js"}}</script>
<script type="module">import * as toc from '/dist/index.js'; window.toc = toc;</script></head><body><main><h1>layoutAsync</h1></main></body></html>`;

let server: Server;
let browser: Browser;
let url = '';
const requested: string[] = [];

/** One module of ESM for the import map, with zod left to the map so the page has one copy. */
async function vendor(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@nttp/source'],
    external: contents.includes("'zod/v4'") ? [] : ['zod', 'zod/*'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

beforeAll(async () => {
  if (!existsSync(`${root}dist/index.js`) || !existsSync(`${root}dist/worker.js`)) throw new Error('Run `pnpm build` first: this test loads the published build from dist/.');
  const files = new Map([
    ['/vendor/zod.js', await vendor("export * from 'zod/v4';")],
    ['/vendor/domain.js', await vendor("export * from '@nttp/domain';")],
  ]);
  server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    requested.push(path);
    const js = { 'content-type': 'text/javascript' };
    if (path === '/') response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else if (files.has(path)) response.writeHead(200, js).end(files.get(path));
    else if (/^\/dist\/[\w./-]+\.js$/.test(path) && !path.includes('..') && existsSync(`${root}${path.slice(1)}`)) response.writeHead(200, js).end(readFileSync(`${root}${path.slice(1)}`));
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test server did not report its port.');
  url = `http://127.0.0.1:${address.port}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe('layoutAsync in chromium, from dist/', () => {
  it('lays out 2000 steps in the worker, equal to layout(), while the page keeps running', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'toc' in window);
    const graph = tocShapedGraph(2000, 11);
    const seen = await page.evaluate(async (graph) => {
      const { layout, layoutAsync } = (window as unknown as { toc: Pick<typeof Toc, 'layout' | 'layoutAsync'> }).toc;
      // a timer that asks to run every 10 ms, and animation frames: both stop while the main thread is busy
      let running = true;
      let ticks = 0;
      let frames = 0;
      let longest = 0;
      let last = performance.now();
      const tick = () => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        ticks++;
        if (running) setTimeout(tick, 10);
      };
      const frame = () => {
        frames++;
        if (running) requestAnimationFrame(frame);
      };
      setTimeout(tick, 10);
      requestAnimationFrame(frame);
      const started = performance.now();
      const drawn = await layoutAsync(graph);
      const asyncMs = performance.now() - started;
      running = false;
      const duringAsync = { ticks, frames, longest };
      const before = performance.now();
      const expected = layout(graph);
      const syncMs = performance.now() - before;
      return { equal: JSON.stringify(drawn) === JSON.stringify(expected), nodes: drawn.nodes.length, asyncMs, syncMs, ...duringAsync };
    }, graph);
    console.log(
      `layoutAsync, 2000 steps: ${seen.asyncMs.toFixed(0)} ms in the worker (the page's longest pause ${seen.longest.toFixed(0)} ms, ${seen.frames} frames, ${seen.ticks} timer ticks); layout() on the main thread: ${seen.syncMs.toFixed(0)} ms blocked`,
    );
    expect(requested).toContain('/dist/worker.js');
    expect(seen.nodes).toBe(2000);
    expect(seen.equal).toBe(true);
    // the layout itself takes far longer than any pause the page saw: it ran off the main thread
    expect(seen.syncMs).toBeGreaterThan(300);
    expect(seen.longest).toBeLessThan(Math.max(150, seen.syncMs / 4));
    expect(seen.frames).toBeGreaterThan(5);
    expect(seen.ticks).toBeGreaterThan(seen.asyncMs / 50);
    await page.close();
  }, 120_000);
});
