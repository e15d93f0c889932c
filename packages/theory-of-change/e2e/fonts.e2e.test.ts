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
        const arial = (text, font) => measureText(text, Number(/(\\d+)px/.exec(font)[1]));
        const measures = { canvas: undefined, table: measureWithTable, arial };
        window.drawInPage = (fontFamily, how) => renderSvg(exampleTheoryOfChange(), { fontFamily, ...(measures[how] ? { measureText: measures[how] } : {}) });`,
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

/** Draws the example measured `how`, shows it in `fontFamily`, and lists the steps whose label runs past their box. */
async function overflowing(page: Page, fontFamily: string, how: 'canvas' | 'table' | 'arial'): Promise<string[]> {
  await page.setContent('<!doctype html><html lang="en"><body><main></main></body></html>');
  await page.addScriptTag({ content: script });
  return page.evaluate(
    async ({ fontFamily, how }) => {
      const host = document.querySelector('main')!;
      host.style.setProperty('--toc-font', fontFamily);
      host.innerHTML = (window as unknown as { drawInPage: (f: string, how: string) => string }).drawInPage(fontFamily, how);
      await document.fonts.ready;
      const nodes = [...host.querySelectorAll('.ntoc-node')];
      if (nodes.length === 0) return ['(no boxes drawn)'];
      return nodes.flatMap((node) => {
        const box = node.querySelector('rect')!.getBBox();
        return [...node.querySelectorAll('text')].some((text) => {
          const b = (text as SVGTextElement).getBBox();
          return b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5 || b.y + b.height > box.y + box.height + 0.5;
        })
          ? [node.getAttribute('data-node-id') ?? '?']
          : [];
      });
    },
    { fontFamily, how },
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

  for (const font of FONTS.slice(0, 2))
    it(`sized on the server, every label fits its box in ${font}`, async () => {
      const { page, context } = await session.newPage();
      expect(await overflowing(page, font, 'table')).toEqual([]);
      await context.close();
    });
});
