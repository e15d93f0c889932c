// Labels fit their boxes in the page's own font: layout measures with the canvas in the browser, and the
// server's width table is wide enough for DejaVu Sans and Serif. Checked with the browser's real glyphs.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type Session } from './server';

let session: Session;
let script: string;
beforeAll(async () => {
  session = await start();
  // renderSvg in the page: measured with the browser's canvas (the default there), with the width table
  // the server uses, or with Arial's widths alone (how boxes were sized before the measuring hook)
  const bundle = await build({
    stdin: {
      contents: `import { renderSvg } from './src/index'; import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
        import { measureWithTable } from './src/layout/measure'; import { measureText } from './src/layout/text';
        const arial = (text, font) => measureText(text, Number(/([\\d.]+)px/.exec(font)[1]));
        const measures = { canvas: undefined, table: measureWithTable, arial };
        // short labels under long status lines: the status line alone sets the box's width
        const indicators = (status, count) => Array.from({ length: count }, (_, i) => ({ id: 'i' + i, label: 'Measure ' + i, ...(status ? { status } : {}) }));
        const statuses = { id: 'statuses', title: 'Status lines', links: [], nodes: [
          { id: 'risk', kind: 'short-term-outcome', label: 'Trust', scope: 'local', indicators: indicators('at-risk', 3) },
          { id: 'unset', kind: 'interim-outcome', label: 'Calm', scope: 'local', indicators: indicators(undefined, 2) },
          { id: 'none', kind: 'long-term-outcome', label: 'Safety', scope: 'local' },
          { id: 'late', kind: 'impact', label: 'Lives', scope: 'local', indicators: indicators('not-started', 12) },
        ] };
        const docs = { example: exampleTheoryOfChange(), statuses };
        window.drawInPage = (fontFamily, how, doc) => renderSvg(docs[doc], { fontFamily, ...(measures[how] ? { measureText: measures[how] } : {}) });`,
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    conditions: ['@nttp/source'],
    write: false,
    logLevel: 'silent',
  });
  script = bundle.outputFiles[0]!.text;
});
afterAll(async () => {
  await session?.close();
});

const FONTS = ['"DejaVu Sans"', '"DejaVu Serif"', '"DejaVu Sans Mono"'];

/**
 * Draws `doc` measured `how`, shows it in `fontFamily`, and lists the steps whose label or status line runs
 * past their box (with `status`, only status lines are looked at).
 */
async function overflowing(page: Page, fontFamily: string, how: 'canvas' | 'table' | 'arial', doc: 'example' | 'statuses' = 'example', status = false): Promise<string[]> {
  await page.setContent('<!doctype html><html lang="en"><body><main></main></body></html>');
  await page.addScriptTag({ content: script });
  return page.evaluate(
    async ({ fontFamily, how, doc, status }) => {
      const host = document.querySelector('main')!;
      host.style.setProperty('--toc-font', fontFamily);
      host.innerHTML = (window as unknown as { drawInPage: (f: string, how: string, doc: string) => string }).drawInPage(fontFamily, how, doc);
      await document.fonts.ready;
      const nodes = [...host.querySelectorAll('.ntoc-node')];
      if (nodes.length === 0) return ['(no boxes drawn)'];
      return nodes.flatMap((node) => {
        const box = node.querySelector('rect')!.getBBox();
        return [...node.querySelectorAll(status ? 'text.ntoc-status' : 'text')].some((text) => {
          const b = (text as SVGTextElement).getBBox();
          return b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5 || b.y + b.height > box.y + box.height + 0.5;
        })
          ? [node.getAttribute('data-node-id') ?? '?']
          : [];
      });
    },
    { fontFamily, how, doc, status },
  );
}

describe('labels and their boxes in chromium, in several fonts', () => {
  it('the page checks what it should: boxes sized with Arial widths overflow in DejaVu Sans', async () => {
    const { page, context } = await session.newPage();
    expect((await overflowing(page, '"DejaVu Sans"', 'arial')).length).toBeGreaterThan(0);
    await context.close();
  });

  for (const font of FONTS)
    it(`measured in the browser, every label fits its box in ${font}`, async () => {
      const { page, context } = await session.newPage();
      expect(await overflowing(page, font, 'canvas')).toEqual([]);
      await context.close();
    });

  it('the page checks status lines too: measured with Arial widths, a long status line leaves its box in DejaVu Sans', async () => {
    const { page, context } = await session.newPage();
    expect((await overflowing(page, '"DejaVu Sans"', 'arial', 'statuses', true)).length).toBeGreaterThan(0);
    await context.close();
  });

  for (const font of FONTS.slice(0, 2))
    for (const how of ['canvas', 'table'] as const)
      it(`${how === 'canvas' ? 'measured in the browser' : 'sized on the server'}, every status line fits its box in ${font}`, async () => {
        const { page, context } = await session.newPage();
        expect(await overflowing(page, font, how, 'statuses', true)).toEqual([]);
        expect(await page.locator('text.ntoc-status').count()).toBe(4);
        await context.close();
      });

  for (const font of FONTS.slice(0, 2))
    it(`sized on the server, every label fits its box in ${font}`, async () => {
      const { page, context } = await session.newPage();
      expect(await overflowing(page, font, 'table')).toEqual([]);
      await context.close();
    });
});
