import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isotonic, placeVertically } from './position';

describe('coordinate assignment', () => {
  it('isotonic regression returns the closest non-decreasing sequence', () => {
    expect(isotonic([1, 3, 2, 4], [1, 1, 1, 1])).toEqual([1, 2.5, 2.5, 4]);
    expect(isotonic([5, 1], [3, 1])).toEqual([4, 4]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -100, max: 100 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 30 }), (pairs) => {
        const out = isotonic(
          pairs.map((p) => p[0]),
          pairs.map((p) => p[1]),
        );
        expect(out).toHaveLength(pairs.length);
        for (let i = 1; i < out.length; i++) expect(out[i]!).toBeGreaterThanOrEqual(out[i - 1]! - 1e-9);
        // the weighted mean is preserved
        const mass = pairs.reduce((s, p) => s + p[1], 0);
        const before = pairs.reduce((s, p) => s + p[0] * p[1], 0) / mass;
        const after = out.reduce((s, v, i) => s + v * pairs[i]![1], 0) / mass;
        expect(after).toBeCloseTo(before, 6);
      }),
      { numRuns: 200 },
    );
  });

  it('lines up a chain of boxes and dummies so the link is straight', () => {
    // layer 0: two boxes; layer 1: a dummy; layer 2: one box linked through the dummy to the second box
    const y = placeVertically({
      layers: [[0, 1], [2], [3]],
      heights: [40, 40, 0, 40],
      dummy: [false, false, true, false],
      up: [[], [], [1], [2]],
      down: [[], [2], [3], []],
      rowGap: 20,
    });
    expect(y[2]).toBeCloseTo(y[1]!, 3);
    expect(y[3]).toBeCloseTo(y[1]!, 3);
    expect(y[1]! - y[0]!).toBeGreaterThanOrEqual(60 - 1e-6);
  });
});
