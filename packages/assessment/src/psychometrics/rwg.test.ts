import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rwg, rwgJ } from './rwg';
import { ScoringError } from '../errors';

/*
 * rwg and rwg(j) follow James, Demaree & Wolf (1984): rwg = 1 − s²/σ²E with σ²E = (A² − 1)/12 for A
 * options, and rwg(j) = J(1 − s̄²/σ²E) / (J(1 − s̄²/σ²E) + s̄²/σ²E). Expected values are worked by hand.
 */
/*
 * Reference values from R 4.2.2 Patched (2022-11-10 r83330) with multilevel 2.7 (Debian r-cran-multilevel):
 *   set.seed(11); g <- rep(1:4, each = 8)
 *   x <- cbind(i1 = sample(1:5, 32, TRUE, prob = c(.05,.15,.3,.3,.2)), i2 = sample(1:5, 32, TRUE, prob = c(.05,.1,.35,.3,.2)),
 *              i3 = sample(1:5, 32, TRUE, prob = c(.1,.2,.3,.3,.1)))
 *   x[seq_len(32) %% 2 == 0 & g == 4, 1] <- rep(c(1, 5), length.out = 4)   # = GROUPS below
 *   rwg(x[, 1], g, ranvar = 2)$rwg;  rwg.j(x, g, ranvar = 2)$rwg.j
 */
const GROUPS: number[][][] = [
  [[4, 4, 2], [4, 3, 4], [3, 5, 4], [4, 4, 3], [4, 3, 4], [1, 3, 2], [4, 3, 2], [4, 3, 3]],
  [[2, 3, 3], [4, 3, 4], [4, 4, 1], [3, 5, 3], [2, 3, 4], [2, 2, 3], [5, 4, 3], [3, 3, 4]],
  [[3, 4, 4], [3, 5, 3], [4, 4, 3], [3, 4, 4], [4, 4, 5], [5, 3, 3], [3, 3, 4], [3, 4, 2]],
  [[4, 4, 5], [1, 5, 4], [3, 3, 3], [5, 4, 2], [4, 3, 4], [1, 5, 3], [3, 3, 5], [5, 4, 4]],
];
const R_RWG = [0.428571428571429, 0.366071428571429, 0.714285714285714, 0];
const R_RWG_J = [0.8, 0.738670694864048, 0.871571072319202, 0.549056603773585];

describe('rwg and rwgJ match R multilevel 2.7', () => {
  it('rwg(x, grp, ranvar = 2) per group, truncated at 0', () => {
    GROUPS.forEach((rows, k) => expect(Math.abs(rwg(rows.map((r) => r[0]!), { options: 5 }).value! - R_RWG[k]!)).toBeLessThan(1e-6));
  });
  it('rwg.j(x, grp, ranvar = 2) per group', () => {
    GROUPS.forEach((rows, k) => expect(Math.abs(rwgJ(rows, { options: 5 }).value! - R_RWG_J[k]!)).toBeLessThan(1e-6));
  });
});

describe('rwg', () => {
  it('matches the formula on a worked example', () => {
    // Ratings 3, 4, 4, 5, 4: mean 4, s² = (1 + 0 + 0 + 1 + 0) / 4 = 0.5; σ²E for 5 options = 2.
    const result = rwg([3, 4, 4, 5, 4], { options: 5 });
    expect(result.value).toBeCloseTo(1 - 0.5 / 2, 12);
    expect(result.nullVariance).toBe(2);
    expect(result.n).toBe(5);
  });

  it('ignores missing ratings and accepts a null variance given directly', () => {
    expect(rwg([3, null, 4, 4, 5, 4], { nullVariance: 2 }).value).toBeCloseTo(0.75, 12);
  });

  it('reports 0 when answers vary more than chance, and flags it', () => {
    const result = rwg([1, 5, 1, 5], { options: 5 });
    expect(result.value).toBe(0);
    expect(result.flags[0]!.code).toBe('rwg-out-of-range');
    expect(rwg([1, 5, 1, 5], { options: 5, truncate: false }).value).toBeCloseTo(1 - 16 / 3 / 2, 12);
  });

  it('needs two ratings', () => {
    expect(rwg([4, null], { options: 5 }).value).toBeNull();
  });

  it('asks for exactly one of options and nullVariance', () => {
    expect(() => rwg([1, 2], {})).toThrow(ScoringError);
    expect(() => rwg([1, 2], { options: 5, nullVariance: 2 })).toThrow(/one of the two/);
  });

  it('is 1 when everyone agrees and never leaves [0, 1] when truncated', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 30 }), (ratings) => {
        const value = rwg(ratings, { options: 5 }).value!;
        const same = ratings.every((r) => r === ratings[0]);
        return value >= 0 && value <= 1 && (!same || value === 1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('rwgJ', () => {
  it('matches the formula on a worked example', () => {
    // Item variances: [3,4,4,5,4] → 0.5, [2,3,3,3,4] → 0.5, [4,4,4,4,4] → 0; mean 1/3; σ²E = 2.
    const rows = [
      [3, 2, 4],
      [4, 3, 4],
      [4, 3, 4],
      [5, 3, 4],
      [4, 4, 4],
    ];
    const ratio = 1 / 3 / 2;
    const result = rwgJ(rows, { options: 5 });
    expect(result.value).toBeCloseTo((3 * (1 - ratio)) / (3 * (1 - ratio) + ratio), 12);
    expect(result.observedVariance).toBeCloseTo(1 / 3, 12);
  });

  it('does not depend on the order of respondents', () => {
    const rowsArb = fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 8 }), { minLength: 4, maxLength: 4 }), { minLength: 2, maxLength: 20 });
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const a = rwgJ(rows, { options: 5 }).value;
        const b = rwgJ([...rows].reverse(), { options: 5 }).value;
        return a === b || Math.abs((a ?? NaN) - (b ?? NaN)) < 1e-12;
      }),
      { numRuns: 150 },
    );
  });
});
