import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLayerCrossings, countPolylineCrossings, segmentsCross } from './crossings';

function bruteForce(targets: number[][]): number {
  const edges = targets.flatMap((list, u) => list.map((v) => [u, v] as const));
  let count = 0;
  for (let i = 0; i < edges.length; i++)
    for (let j = i + 1; j < edges.length; j++) {
      const [a, b] = edges[i]!;
      const [c, d] = edges[j]!;
      if ((a - c) * (b - d) < 0) count++;
    }
  return count;
}

describe('crossing counts', () => {
  it('counts crossings between two layers like the brute-force definition', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.array(fc.nat(11), { maxLength: 4 }), { maxLength: 12 }), (size, raw) => {
        const targets = raw.map((list) => list.map((v) => v % size));
        expect(countLayerCrossings(targets, size)).toBe(bruteForce(targets));
      }),
      { numRuns: 200 },
    );
  });

  it('counts proper crossings of polylines only, not shared ends', () => {
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(false);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 5, y: 0 }, { x: 15, y: 0 })).toBe(false);
    const x = [
      [
        { x: 0, y: 0 },
        { x: 10, y: 10 },
        { x: 20, y: 0 },
      ],
      [
        { x: 0, y: 5 },
        { x: 20, y: 5 },
      ],
      [
        { x: 0, y: 0 },
        { x: 10, y: -5 },
      ],
    ];
    expect(countPolylineCrossings(x)).toBe(2);
  });

  it('agrees with a layered count when segments run between two columns', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 20 }), (pairs) => {
        const lines = pairs.map(([a, b]) => [
          { x: 0, y: a * 10 },
          { x: 50, y: b * 10 },
        ]);
        const targets = Array.from({ length: 9 }, (_, u) => pairs.filter(([a]) => a === u).map(([, b]) => b));
        // equal ends on both sides overlap rather than cross: count them out of the layered count too
        const distinct = new Set(pairs.map((p) => p.join())).size === pairs.length;
        if (distinct) expect(countPolylineCrossings(lines)).toBe(countLayerCrossings(targets, 9));
      }),
      { numRuns: 150 },
    );
  });
});
