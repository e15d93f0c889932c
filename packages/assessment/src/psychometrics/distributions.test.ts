import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chiSquareQuantile, fCdf, fQuantile, fUpperTail } from './distributions';

/*
 * R 4.2.2: qf(0.975, 23, 115) = 1.77946805324481; qf(0.025, 23, 115) = 0.489100333050101;
 * qf(0.975, 3.7, 14) = 3.98025807082478; pf(2.5, 5, 20, lower.tail = FALSE) = 0.0649270461009452;
 * qf(0.975, 99999, 4399956) = 1.00878419707231 (Feldt's interval for 100,000 people and 45 items: R uses
 * the chi-square limit once a degrees of freedom passes 400,000, and so do we); qf(0.2, 500000, 30) =
 * 0.827581942841626; qchisq(0.3, 7) = 4.67133044898107; qchisq(0.975, 99999) = 100877.410923034.
 */
describe('the F distribution matches R', () => {
  it('quantiles', () => {
    expect(fQuantile(0.975, 23, 115)).toBeCloseTo(1.77946805324481, 10);
    expect(fQuantile(0.025, 23, 115)).toBeCloseTo(0.489100333050101, 10);
    expect(fQuantile(0.975, 3.7, 14)).toBeCloseTo(3.98025807082478, 10);
    expect(fQuantile(0.975, 99999, 4399956)).toBeCloseTo(1.00878419707231, 10);
    expect(fQuantile(0.2, 500000, 30)).toBeCloseTo(0.827581942841626, 10);
    expect(chiSquareQuantile(0.3, 7)).toBeCloseTo(4.67133044898107, 10);
    expect(Math.abs(chiSquareQuantile(0.975, 99999) - 100877.410923034)).toBeLessThan(1e-6);
  });
  it('upper tail', () => {
    expect(fUpperTail(2.5, 5, 20)).toBeCloseTo(0.0649270461009452, 12);
  });
  it('quantile and cdf invert each other', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 500 }), (p, d1, d2) =>
        Math.abs(fCdf(fQuantile(p, d1, d2), d1, d2) - p) < 1e-9,
      ),
      { numRuns: 200 },
    );
  });
});
