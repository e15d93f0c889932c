import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reliableChangeIndex } from './rci';

/* Jacobson & Truax (1991): RCI = (x2 − x1) / SEdiff, SEdiff = √(2 SE²), SE = SD √(1 − r). */
describe('reliableChangeIndex', () => {
  it('matches the textbook formula', () => {
    // SD 7.5, r 0.88: SE = 7.5 × √0.12 = 2.598076…, SEdiff = √2 × SE = 3.674235…
    const result = reliableChangeIndex({ before: 30, after: 22, sd: 7.5, reliability: 0.88 });
    expect(result.seDiff).toBeCloseTo(Math.sqrt(2 * (7.5 * Math.sqrt(0.12)) ** 2), 12);
    expect(result.seDiff).toBeCloseTo(3.6742346, 6);
    expect(result.rci).toBeCloseTo(-8 / 3.6742346141747673, 9);
    expect(result.reliable).toBe(true);
    expect(result.direction).toBe('down');
  });

  it('calls small changes noise', () => {
    const result = reliableChangeIndex({ before: 3.1, after: 3.3, sd: 0.6, reliability: 0.8 });
    expect(result.reliable).toBe(false);
    expect(result.direction).toBe('no reliable change');
  });

  it('explains a reliability of 1 calmly', () => {
    expect(() => reliableChangeIndex({ before: 1, after: 2, sd: 1, reliability: 1 })).toThrow(/up to \(not including\) 1/);
  });

  it('is antisymmetric: swapping before and after flips the sign', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0.1, max: 20, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true }), (a, b, sd, r) => {
        const x = reliableChangeIndex({ before: a, after: b, sd, reliability: r });
        const y = reliableChangeIndex({ before: b, after: a, sd, reliability: r });
        return Math.abs(x.rci + y.rci) < 1e-9 && x.reliable === y.reliable;
      }),
      { numRuns: 200 },
    );
  });
});
