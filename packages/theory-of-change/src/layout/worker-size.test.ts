// dist/worker.js, layoutAsync's worker, as build-worker.mjs builds it: the layout core alone. It was about
// 470 KB when it bundled zod and the domain's schemas; without them it measured 21.9 KB minified (about
// 9.4 KB gzip), and 40 KB is the ceiling. The built code itself must lay out exactly as layout() does.
import { THEMES as DOMAIN_THEMES, TOC_NODE_KINDS as DOMAIN_KINDS, seededRandom as domainRandom, stageIndex as domainStage } from '@nttp/domain';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorker } from '../../build-worker.mjs';
import { tocShapedGraph } from '../../bench/graphs';
import { THEMES, TOC_NODE_KINDS, seededRandom, stageIndex } from './domain-values';
import { layout } from './layout';
import { resolveLayoutOptions } from './options';
import type { answer as Answer, LayoutRequest } from './worker';

const KB = 1024;
const BUDGET = 40 * KB;

describe('the worker bundle', () => {
  let built = { code: '', inputs: [] as string[] };
  beforeAll(async () => {
    built = await buildWorker({ write: false });
  }, 60_000);

  it(`stays under ${BUDGET / KB} KB minified, with no zod and no domain schemas inside`, () => {
    console.log(`worker.js: ${(built.code.length / KB).toFixed(1)} KB minified, ${(gzipSync(built.code).length / KB).toFixed(1)} KB gzip`);
    expect(built.code.length).toBeLessThanOrEqual(BUDGET);
    expect(built.inputs.filter((path) => /node_modules|zod|schemas|errors\.ts/.test(path))).toEqual([]);
    expect(built.inputs).toContain('src/layout/layout.ts');
  });

  it('lays out exactly as layout() does, lanes and all', async () => {
    const worker = (await import(`data:text/javascript;base64,${Buffer.from(built.code).toString('base64')}`)) as { answer: typeof Answer };
    const toc = tocShapedGraph(120, 3);
    for (const options of [{}, { lanes: { by: 'theme' as const } }, { swimlanes: true, seed: 5 }]) {
      const { measureText: _, ...sendable } = resolveLayoutOptions(options);
      const request: LayoutRequest = { toc, options: sendable, widths: {} };
      const reply = worker.answer(request);
      const { options: __, ...expected } = layout(toc, options);
      expect(reply).toEqual({ ok: true, layout: expected });
    }
  });
});

describe('the domain values the worker uses instead of @nttp/domain', () => {
  it('are the domain’s own objects, from its zod-free entry', () => {
    expect(TOC_NODE_KINDS).toBe(DOMAIN_KINDS);
    expect(THEMES).toBe(DOMAIN_THEMES);
    expect(stageIndex).toBe(domainStage);
    expect(seededRandom).toBe(domainRandom);
  });
});
