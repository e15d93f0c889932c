import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summarise } from './summary';

function sortedQuantile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? 0) - s[lo]!);
}

describe('summarise', () => {
  it('matches R on a small example', () => {
    // R: x <- c(2, 4, 4, 5, 3.5, 1); mean(x); median(x); sd(x); quantile(x, c(.25, .75))
    const s = summarise([2, 4, 4, 5, 3.5, 1, NaN]);
    expect(s.n).toBe(6);
    expect(s.mean).toBeCloseTo(3.25, 12);
    expect(s.median).toBeCloseTo(3.75, 12);
    expect(s.sd).toBeCloseTo(1.47478812, 7);
    expect(s.q1).toBeCloseTo(2.375, 12);
    expect(s.q3).toBeCloseTo(4, 12);
  });

  it('agrees with sorting, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }).map((x) => x / 2), { minLength: 1, maxLength: 60 }), (xs) => {
        const s = summarise(xs);
        return [0.25, 0.5, 0.75].every((p, k) => Math.abs([s.q1, s.median, s.q3][k]! - sortedQuantile(xs, p)) < 1e-12) && s.min === Math.min(...xs) && s.max === Math.max(...xs);
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with sorting when values are many and distinct', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1100, maxLength: 1500 }), (xs) => {
        const s = summarise(xs);
        return [0.25, 0.5, 0.75].every((p, k) => Math.abs([s.q1, s.median, s.q3][k]! - sortedQuantile(xs, p)) < 1e-9);
      }),
      { numRuns: 30 },
    );
  });

  it('reports nothing for no values', () => {
    expect(summarise([NaN]).mean).toBeNull();
  });
});
