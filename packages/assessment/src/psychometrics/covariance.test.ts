import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pairwiseCovariance, pairwiseCovarianceOfRows } from './covariance';
import { toColumns } from './matrix';
import { ALPHA_DATA } from '../test-support/reference-data';

/** R's cov(x, use = "pairwise") written out directly: each pair's own complete rows and means. */
function naive(rows: (number | null)[][]): number[][] {
  const k = rows[0]!.length;
  return Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => {
      const both = rows.filter((r) => r[i] !== null && r[j] !== null);
      const n = both.length;
      if (n < 2) return NaN;
      const mi = both.reduce((s, r) => s + r[i]!, 0) / n;
      const mj = both.reduce((s, r) => s + r[j]!, 0) / n;
      return both.reduce((s, r) => s + (r[i]! - mi) * (r[j]! - mj), 0) / (n - 1);
    }),
  );
}

function expectClose(rows: (number | null)[][], tolerance: number): void {
  const { cov } = pairwiseCovariance(toColumns(rows));
  const k = rows[0]!.length;
  naive(rows).forEach((row, i) => row.forEach((v, j) => (Number.isNaN(v) ? expect(cov[i * k + j]).toBeNaN() : expect(Math.abs(cov[i * k + j]! - v)).toBeLessThan(tolerance))));
}

describe('pairwiseCovariance', () => {
  it('matches the pairwise definition on whole-number answers (the packed path)', () => expectClose(ALPHA_DATA, 1e-12));
  it('matches it on fractional answers (the centred path)', () => expectClose(ALPHA_DATA.map((r) => r.map((v) => (v === null ? null : v * 0.37 + 0.1))), 1e-12));
  it('gathers straight from rows only when every row is plain', () => {
    expect(pairwiseCovarianceOfRows([[1, 2], [1]])).toBeNull();
    expect(pairwiseCovarianceOfRows([[1, 2], [1, Number.NaN]])).toBeNull();
    expect(pairwiseCovarianceOfRows([[1, 2], [1, '3']])).toBeNull();
  });

  it('matches it on whole numbers with a wide range (too wide to pack)', () => expectClose(ALPHA_DATA.map((r) => r.map((v) => (v === null ? null : v * 40_000))), 1e-3));

  it('agrees with the definition on any table, whole or fractional', () => {
    const cell = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 40 }).map((v) => v / 4));
    const table = fc.integer({ min: 2, max: 7 }).chain((k) => fc.array(fc.array(fc.option(cell, { freq: 8 }), { minLength: k, maxLength: k }), { minLength: 3, maxLength: 30 }));
    fc.assert(
      fc.property(table, (rows) => {
        const { cov } = pairwiseCovariance(toColumns(rows));
        const k = rows[0]!.length;
        const fromRows = pairwiseCovarianceOfRows(rows)!;
        if (!fromRows.cov.every((v, i) => Object.is(v, cov[i]))) return false;
        return naive(rows).every((row, i) => row.every((v, j) => (Number.isNaN(v) ? Number.isNaN(cov[i * k + j]!) : Math.abs(cov[i * k + j]! - v) < 1e-9)));
      }),
      { numRuns: 200 },
    );
  });
});
