// zod mini, so that importing one statistic does not bring all of zod along (see test/size.test.ts).
import * as z from 'zod/v4-mini';
import { parseOrThrow } from '../errors';
import { fQuantile, fUpperTail } from './distributions';
import { completeRows, toColumns, type DataMatrix } from './matrix';
import { flag, type StatisticFlag } from './flags';

export const ICC_TYPES = ['ICC1', 'ICC2', 'ICC3', 'ICC1k', 'ICC2k', 'ICC3k'] as const;
export type IccType = (typeof ICC_TYPES)[number];

export interface IccForm {
  type: IccType;
  /** Shrout & Fleiss' description, as R psych names the rows. */
  description: string;
  /** The ICC, or null when it cannot be computed (no spread at all, or too few targets or raters). */
  value: number | null;
  F: number | null;
  df1: number;
  df2: number;
  p: number | null;
  lower: number | null;
  upper: number | null;
}

export interface IccResult extends Record<IccType, number | null> {
  /** Each form with its F test and confidence bounds. */
  forms: Record<IccType, IccForm>;
  /** Targets (rows) used: those rated by every rater. */
  n: number;
  /** Raters (columns). */
  raters: number;
  /** The ANOVA mean squares; null where a mean square has no degrees of freedom (one target or one rater). */
  meanSquares: { between: number | null; within: number | null; raters: number | null; residual: number | null };
  flags: StatisticFlag[];
}

const IccOptionsSchema = z.strictObject({
  /** Confidence level of the bounds. */
  level: z._default(z.number().check(z.gt(0, { error: 'The confidence level is between 0 and 1, like 0.95.' }), z.lt(1, { error: 'The confidence level is between 0 and 1, like 0.95.' })), 0.95),
});
export type IccOptions = z.input<typeof IccOptionsSchema>;

/**
 * The six intraclass correlations of Shrout & Fleiss (1979) from a targets × raters table, with the F
 * tests and confidence bounds R psych's `ICC(x, lmer = FALSE)` reports. Targets with a missing rating
 * are left out (listwise), and a flag says how many.
 */
export function icc(matrix: DataMatrix, options: IccOptions = {}): IccResult {
  const { level } = parseOrThrow(IccOptionsSchema, options, 'set of ICC options', ['options']);
  const all = toColumns(matrix, 'table of ratings');
  const m = completeRows(all);
  const flags: StatisticFlag[] = [];
  if (m.rows < all.rows)
    flags.push(flag('rows-left-out', `${all.rows - m.rows} target${all.rows - m.rows === 1 ? ' was' : 's were'} left out because a rating was missing.`));
  const n = m.rows;
  const k = m.cols;
  const alpha = 1 - level;
  let grand = 0;
  const rowMeans = new Float64Array(n);
  const colMeans = new Float64Array(k);
  for (let c = 0; c < k; c++)
    for (let r = 0; r < n; r++) {
      const v = m.data[c * n + r]!;
      rowMeans[r]! += v / k;
      colMeans[c]! += v / n;
      grand += v;
    }
  grand /= n * k;
  let ssTotal = 0;
  for (const v of m.data) ssTotal += (v - grand) ** 2;
  let ssRows = 0;
  for (const v of rowMeans) ssRows += k * (v - grand) ** 2;
  let ssCols = 0;
  for (const v of colMeans) ssCols += n * (v - grand) ** 2;
  const ssError = ssTotal - ssRows - ssCols;
  const dfB = n - 1;
  const dfJ = k - 1;
  const dfE = (n - 1) * (k - 1);
  const MSB = ssRows / dfB;
  const MSJ = ssCols / dfJ;
  const MSE = ssError / dfE;
  const MSW = (ssCols + ssError) / (dfJ + dfE);
  if (n < 2 || k < 2) flags.push(flag('not-computable', 'ICC needs at least two targets rated by at least two raters.'));
  else if (!(ssTotal > 0)) flags.push(flag('zero-variance', 'Every rating is the same, so there is no spread between targets or raters to compare and no ICC to report.'));

  const ICC1 = (MSB - MSW) / (MSB + (k - 1) * MSW);
  const ICC2 = (MSB - MSE) / (MSB + (k - 1) * MSE + (k * (MSJ - MSE)) / n);
  const ICC3 = (MSB - MSE) / (MSB + (k - 1) * MSE);
  const ICC1k = (MSB - MSW) / MSB;
  const ICC2k = (MSB - MSE) / (MSB + (MSJ - MSE) / n);
  const ICC3k = (MSB - MSE) / MSB;
  const F1 = MSB / MSW;
  const df1d = n * (k - 1);
  const F3 = MSB / MSE;
  const p1 = fUpperTail(F1, dfB, df1d);
  const p3 = fUpperTail(F3, dfB, dfE);
  const q = 1 - alpha / 2;
  const F1L = F1 / fQuantile(q, dfB, df1d);
  const F1U = F1 * fQuantile(q, df1d, dfB);
  const F3L = F3 / fQuantile(q, dfB, dfE);
  const F3U = F3 * fQuantile(q, dfE, dfB);
  // Bounds for ICC2 use Satterthwaite's approximate degrees of freedom, as in Shrout & Fleiss.
  const Fj = MSJ / MSE;
  const vn = (k - 1) * (n - 1) * (k * ICC2 * Fj + n * (1 + (k - 1) * ICC2) - k * ICC2) ** 2;
  const vd = (n - 1) * k ** 2 * ICC2 ** 2 * Fj ** 2 + (n * (1 + (k - 1) * ICC2) - k * ICC2) ** 2;
  const v = vn / vd;
  const F2U = fQuantile(q, n - 1, v);
  const F2L = fQuantile(q, v, n - 1);
  const L2 = (n * (MSB - F2U * MSE)) / (F2U * (k * MSJ + (k * n - k - n) * MSE) + n * MSB);
  const U2 = (n * (F2L * MSB - MSE)) / (k * MSJ + (k * n - k - n) * MSE + n * F2L * MSB);
  // A 0/0 (no spread, or too few targets) is reported as null, never as NaN.
  const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
  const form = (type: IccType, description: string, value: number, F: number, df2: number, p: number, lower: number, upper: number): IccForm => ({
    type, description, value: finite(value), F: finite(F), df1: dfB, df2, p: finite(p), lower: finite(lower), upper: finite(upper),
  });
  return {
    ICC1: finite(ICC1), ICC2: finite(ICC2), ICC3: finite(ICC3), ICC1k: finite(ICC1k), ICC2k: finite(ICC2k), ICC3k: finite(ICC3k),
    forms: {
      ICC1: form('ICC1', 'Single raters, absolute', ICC1, F1, df1d, p1, (F1L - 1) / (F1L + (k - 1)), (F1U - 1) / (F1U + k - 1)),
      ICC2: form('ICC2', 'Single random raters', ICC2, F3, dfE, p3, L2, U2),
      ICC3: form('ICC3', 'Single fixed raters', ICC3, F3, dfE, p3, (F3L - 1) / (F3L + k - 1), (F3U - 1) / (F3U + k - 1)),
      ICC1k: form('ICC1k', 'Average raters, absolute', ICC1k, F1, df1d, p1, 1 - 1 / F1L, 1 - 1 / F1U),
      ICC2k: form('ICC2k', 'Average random raters', ICC2k, F3, dfE, p3, (L2 * k) / (1 + L2 * (k - 1)), (U2 * k) / (1 + U2 * (k - 1))),
      ICC3k: form('ICC3k', 'Average fixed raters', ICC3k, F3, dfE, p3, 1 - 1 / F3L, 1 - 1 / F3U),
    },
    n,
    raters: k,
    meanSquares: { between: finite(MSB), within: finite(MSW), raters: finite(MSJ), residual: finite(MSE) },
    flags,
  };
}
