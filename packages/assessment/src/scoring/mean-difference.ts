import { incompleteBeta, inverseIncompleteBeta } from '../psychometrics/distributions';

/** P(T ≤ t) for Student's t with `df` degrees of freedom (df may be fractional, as Welch's is). */
export function tCdf(t: number, df: number): number {
  const tail = incompleteBeta(df / (df + t * t), df / 2, 0.5) / 2;
  return t > 0 ? 1 - tail : tail;
}

/** The t with P(T ≤ t) = p, for 0 < p < 1. */
export function tQuantile(p: number, df: number): number {
  const upper = p > 0.5;
  const x = inverseIncompleteBeta(2 * (upper ? 1 - p : p), df / 2, 0.5);
  const t = Math.sqrt((df * (1 - x)) / x);
  return upper ? t : -t;
}

/** A difference in means with its t test and confidence interval (what R's `t.test` reports). */
export interface MeanDifference {
  method: 'welch' | 'paired';
  /** People in the test: both rounds together (Welch), or the pairs (paired). */
  n: number;
  /** Follow-up mean − baseline mean (for paired: the mean of each person's change). */
  estimate: number;
  se: number;
  df: number;
  t: number;
  /** Two-sided p value. */
  p: number;
  /** Confidence interval for the difference, at `level` (default 0.95). */
  ci: { level: number; lower: number; upper: number };
  /**
   * Standardised size of the difference, with the small-sample correction. Welch: Hedges' g (the
   * difference over the pooled SD). Paired: Hedges' g_av (the mean change over the average of the two
   * rounds' SDs, Cumming 2012), so both read on the same scale of between-person spread.
   */
  effectSize: { measure: 'hedges-g' | 'hedges-g-av'; value: number } | null;
}

interface Moments {
  n: number;
  mean: number;
  /** Sample variance (n − 1 in the denominator). */
  variance: number;
}

export function moments(values: ArrayLike<number>): Moments {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    n++;
    sum += values[i]!;
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += (values[i]! - mean) ** 2;
  return { n, mean, variance: n > 1 ? ss / (n - 1) : NaN };
}

function finish(method: MeanDifference['method'], n: number, estimate: number, se: number, df: number, level: number, effectSize: MeanDifference['effectSize']): MeanDifference {
  const t = estimate / se;
  const margin = tQuantile(1 - (1 - level) / 2, df) * se;
  return { method, n, estimate, se, df, t, p: 2 * tCdf(-Math.abs(t), df), ci: { level, lower: estimate - margin, upper: estimate + margin }, effectSize };
}

/** Hedges' small-sample correction J ≈ 1 − 3 / (4·df − 1). */
const correction = (df: number) => 1 - 3 / (4 * df - 1);

/**
 * Welch's t test for two independent groups, as R's `t.test(after, before)`; null when either group
 * has fewer than two values or both have no spread.
 */
export function welch(before: ArrayLike<number>, after: ArrayLike<number>, level = 0.95): MeanDifference | null {
  const a = moments(before);
  const b = moments(after);
  if (a.n < 2 || b.n < 2) return null;
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se = Math.sqrt(va + vb);
  if (!(se > 0)) return null;
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const pooled = Math.sqrt(((a.n - 1) * a.variance + (b.n - 1) * b.variance) / (a.n + b.n - 2));
  const estimate = b.mean - a.mean;
  return finish('welch', a.n + b.n, estimate, se, df, level, { measure: 'hedges-g', value: (estimate / pooled) * correction(a.n + b.n - 2) });
}

/**
 * The paired t test on each person's change (`after[i] − before[i]`), as R's
 * `t.test(after, before, paired = TRUE)`; null below two pairs or when every change is the same.
 */
export function paired(before: ArrayLike<number>, after: ArrayLike<number>, level = 0.95): MeanDifference | null {
  const diffs = Float64Array.from({ length: before.length }, (_, i) => after[i]! - before[i]!);
  const d = moments(diffs);
  if (d.n < 2) return null;
  const se = Math.sqrt(d.variance / d.n);
  if (!(se > 0)) return null;
  const average = Math.sqrt((moments(before).variance + moments(after).variance) / 2);
  const effectSize = average > 0 ? { measure: 'hedges-g-av' as const, value: (d.mean / average) * correction(d.n - 1) } : null;
  return finish('paired', d.n, d.mean, se, d.n - 1, level, effectSize);
}
