import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cronbachAlpha } from './alpha';
import { icc, ICC_TYPES } from './icc';
import { rwg, rwgJ } from './rwg';
import { isPositiveSemiDefinite } from './matrix';

/** Paths to every NaN or infinite number in a result (JSON.stringify would hide them as null). */
function nonFinite(value: unknown, path = 'result'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

// Issue 11, finding 5: impossible values came back without a flag.
describe('values a real table could not give are flagged', () => {
  const stitched = [[5, 4, 4, 5, 4], [1, 4, 3, 1, 1], [2, 3, 3, null, 2]];

  it('flags a pairwise covariance matrix that is not positive definite, and each impossible item value', () => {
    const result = cronbachAlpha(stitched);
    const codes = result.flags.map((f) => f.code);
    expect(codes).toContain('not-positive-definite');
    const impossible = result.itemStats.filter((s) => Math.abs(s.rDrop!) > 1 || s.alphaIfDeleted! > 1 || s.standardizedAlphaIfDeleted! > 1);
    expect(impossible.length).toBeGreaterThan(0);
    for (const s of impossible) expect(result.flags.some((f) => f.code === 'out-of-range' && f.item === s.item)).toBe(true);
  });

  it('the listwise policy on the same answers has nothing to flag beyond the small group', () => {
    const result = cronbachAlpha(stitched, { missing: 'listwise' });
    expect(result.flags.map((f) => f.code)).not.toContain('not-positive-definite');
    expect(result.flags.map((f) => f.code)).not.toContain('out-of-range');
  });

  it('never flags complete answers as not positive definite, even with more items than people', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 2, max: 6 }), fc.infiniteStream(fc.integer({ min: 1, max: 5 })), (rows, cols, values) => {
        const it = values[Symbol.iterator]();
        const table = Array.from({ length: rows }, () => Array.from({ length: cols }, () => it.next().value as number));
        const result = cronbachAlpha(table, { missing: 'listwise' });
        expect(result.flags.map((f) => f.code)).not.toContain('not-positive-definite');
        for (const s of result.itemStats) {
          // No spread in the rest of the scale gives null (with a flag), never NaN.
          if (s.rDrop === null) expect(result.flags.some((f) => f.code === 'zero-variance' && f.item === s.item)).toBe(true);
          else expect(Math.abs(s.rDrop)).toBeLessThanOrEqual(1 + 1e-9);
        }
        expect(nonFinite(result)).toEqual([]);
      }),
    );
  });

  it('tells positive semi-definite matrices from ones with a negative direction', () => {
    expect(isPositiveSemiDefinite(Float64Array.from([1, 1, 1, 1]), 2)).toBe(true); // singular, allowed
    expect(isPositiveSemiDefinite(Float64Array.from([1, 2, 2, 1]), 2)).toBe(false); // correlation 2
  });
});

describe('no spread gives null, never NaN', () => {
  it('icc on a constant table returns null for all six forms, with a flag', () => {
    const result = icc([[3, 3, 3], [3, 3, 3], [3, 3, 3]]);
    for (const type of ICC_TYPES) {
      expect(result[type]).toBeNull();
      expect(result.forms[type].value).toBeNull();
      expect(result.forms[type].lower).toBeNull();
    }
    expect(result.flags.map((f) => f.code)).toContain('zero-variance');
    expect(nonFinite(result)).toEqual([]);
  });

  it('icc with one target returns null, not NaN', () => {
    const result = icc([[1, 2, 3]]);
    for (const type of ICC_TYPES) expect(result[type]).toBeNull();
    expect(result.flags.map((f) => f.code)).toContain('not-computable');
    expect(nonFinite(result)).toEqual([]);
    expect(result.meanSquares.between).toBeNull();
  });

  it('alpha with no spread returns null with a flag', () => {
    const result = cronbachAlpha([[2, 2], [2, 2], [2, 2]]);
    expect(result.alpha).toBeNull();
    expect(result.flags.map((f) => f.code)).toContain('zero-variance');
  });
});

describe('rwg out of range: the value and the note agree', () => {
  const split = [[1, 1, 1, 1, 1], [5, 5, 5, 5, 5]];

  it('with truncation (the default) the value is 0 and the note says so', () => {
    const result = rwgJ(split, { options: 5 });
    expect(result.value).toBe(0);
    expect(result.flags[0]!.message).toContain('reported as 0');
  });

  it('without truncation the raw value is returned and the note does not claim 0', () => {
    const result = rwgJ(split, { options: 5, truncate: false });
    expect(result.value).not.toBe(0);
    expect(result.value).toBeGreaterThan(1);
    expect(result.flags[0]!.message).not.toContain('reported as 0');
    expect(result.flags[0]!.message).toContain(result.value!.toFixed(2));
  });

  it('rwg on one item without truncation is negative and says it is the raw value', () => {
    const result = rwg([1, 5, 1, 5], { options: 5, truncate: false });
    expect(result.value).toBeLessThan(0);
    expect(result.flags[0]!.message).toContain('raw value');
  });

  it('a zero denominator is null without truncation, 0 with it, never Infinity', () => {
    // J = 2 items, observed variance 2 × null variance ÷ … chosen so J(1 − r) + r = 0: r = J / (J − 1) = 2.
    const table = [[1, 1], [5, 5], [1, 1], [5, 5]]; // item variance 5.33; null 2 → ratio 2.67, not 2
    const zero = rwgJ(table, { nullVariance: (16 / 3) / 2 });
    expect(zero.value).toBe(0);
    expect(rwgJ(table, { nullVariance: (16 / 3) / 2, truncate: false }).value).toBeNull();
  });
});
