// The few values of @nttp/domain that the layout core uses, without the domain's zod schemas. Only the
// worker build (build-worker.mjs) points '@nttp/domain' here, so dist/worker.js carries the layout and
// nothing else: the page has parsed the input already. domain-values.test.ts holds them equal to the
// domain's own, so they cannot drift apart.
import type { TocNodeKind } from '@nttp/domain';

export { THEMES } from '@nttp/domain/reference';

export const TOC_NODE_KINDS: readonly TocNodeKind[] = ['activity', 'output', 'short-term-outcome', 'interim-outcome', 'long-term-outcome', 'impact'];

export function stageIndex(kind: TocNodeKind): number {
  return TOC_NODE_KINDS.indexOf(kind);
}

/** The domain's mulberry32, step for step (the layout's restarts are seeded with it). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
