// zod mini, so that importing one statistic does not bring all of zod along (see test/size.test.ts).
import * as z from 'zod/v4-mini';
import { parseOrThrow } from '../errors';
import { toColumns, type DataMatrix } from './matrix';
import { flag, type StatisticFlag } from './flags';

export const RwgOptionsSchema = z
  .strictObject({
    /** Number of response options A: the uniform null's variance is (A² − 1) / 12. */
    options: z.optional(z.number().check(z.int({ error: 'The number of response options is a whole number, like 5.' }), z.gte(2, { error: 'A scale needs at least two response options.' }))),
    /** Or the expected variance under another null distribution, given directly. */
    nullVariance: z.optional(z.number().check(z.gt(0, { error: 'The null variance is a positive number.' }))),
    /** Report negative agreement as 0, the usual practice (James, Demaree & Wolf, 1984). Default true. */
    truncate: z._default(z.boolean(), true),
  })
  .check(
    z.refine((o) => (o.options === undefined) !== (o.nullVariance === undefined), {
      error: 'Give either the number of response options (`options`) or the null variance (`nullVariance`), one of the two.',
    }),
  );
const RatingsSchema = z.array(z.union([z.number(), z.null()], { error: 'Each rating is a number, or null when missing.' }), {
  error: 'Expected a list of ratings, with null for a missing one.',
});

export type RwgOptions = z.input<typeof RwgOptionsSchema>;

export interface RwgResult {
  /** Agreement from 0 (none beyond chance) to 1 (everyone agrees); null with fewer than two ratings. */
  value: number | null;
  /** The observed variance: of the ratings for rwg, the mean item variance for rwg(j). */
  observedVariance: number | null;
  nullVariance: number;
  /** Ratings (rwg) or respondents (rwg(j)) used. */
  n: number;
  flags: StatisticFlag[];
}

function nullVarianceOf(o: { options?: number | undefined; nullVariance?: number | undefined }): number {
  return o.nullVariance ?? ((o.options as number) ** 2 - 1) / 12;
}

/**
 * Keeps rwg in its range, or (with `truncate: false`) returns the raw value: either way the note says
 * which, so the value and its note agree.
 */
function outOfRange(value: number, truncate: boolean, flags: StatisticFlag[]): number | null {
  if (value >= 0 && value <= 1) return value;
  if (!Number.isFinite(value)) {
    // rwg(j)'s denominator is 0 when the observed variance is J / (J − 1) times the null one.
    flags.push(flag('rwg-out-of-range', 'The answers vary so much more than random answering would that agreement cannot be put as a number (the formula divides by 0). Read this as no agreement: the group may hold different views worth talking through.'));
    return truncate ? 0 : null;
  }
  const raw = value.toFixed(2);
  flags.push(
    flag(
      'rwg-out-of-range',
      truncate
        ? `The answers vary more than random answering would (raw value ${raw}): agreement is reported as 0. The group may hold different views worth talking through.`
        : `The answers vary more than random answering would: the raw value ${raw} is returned as asked (truncate: false), outside the range 0 to 1. Read it as no agreement: the group may hold different views worth talking through.`,
    ),
  );
  return truncate ? 0 : value;
}

/**
 * Within-group agreement on one item: rwg = 1 − s² / σ²E, with σ²E the variance of the null
 * distribution (James, Demaree & Wolf, 1984). `null` marks a missing rating.
 */
export function rwg(ratings: readonly (number | null)[], options: RwgOptions): RwgResult {
  const o = parseOrThrow(RwgOptionsSchema, options, 'set of rwg options', ['options']);
  const list = parseOrThrow(RatingsSchema, ratings, 'list of ratings');
  const sigma = nullVarianceOf(o);
  const { n, variance: s2 } = variance(Float64Array.from(list, (v) => (v === null ? NaN : v)));
  const flags: StatisticFlag[] = [];
  if (n < 2) {
    flags.push(flag('not-computable', 'Agreement needs at least two ratings.'));
    return { value: null, observedVariance: null, nullVariance: sigma, n, flags };
  }
  return { value: outOfRange(1 - s2 / sigma, o.truncate, flags), observedVariance: s2, nullVariance: sigma, n, flags };
}

/**
 * Within-group agreement on a scale of J parallel items (James, Demaree & Wolf, 1984):
 * rwg(j) = J(1 − s̄²/σ²E) / (J(1 − s̄²/σ²E) + s̄²/σ²E), with s̄² the mean of the item variances, each
 * from the respondents who answered that item.
 */
export function rwgJ(matrix: DataMatrix, options: RwgOptions): RwgResult {
  const o = parseOrThrow(RwgOptionsSchema, options, 'set of rwg options', ['options']);
  const m = toColumns(matrix, 'table of ratings');
  return rwgJOfColumns(m.data, m.rows, m.cols, nullVarianceOf(o), o.truncate);
}

/** rwg(j) on a column-stored table (NaN for missing). */
export function rwgJOfColumns(data: Float64Array, rows: number, cols: number, sigma: number, truncate = true): RwgResult {
  const variances: number[] = [];
  for (let c = 0; c < cols; c++) {
    const v = variance(data.subarray(c * rows, (c + 1) * rows));
    if (v.n > 1) variances.push(v.variance);
  }
  let answered = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) if (!Number.isNaN(data[c * rows + r]!)) { answered++; break; }
  }
  return { ...rwgJFromVariances(variances, sigma, truncate), n: answered };
}

/** rwg(j) from the variances of the items that at least two people answered (shared with the group report). */
export function rwgJFromVariances(variances: readonly number[], sigma: number, truncate = true): Omit<RwgResult, 'n'> {
  const flags: StatisticFlag[] = [];
  if (variances.length === 0) {
    flags.push(flag('not-computable', 'Agreement needs at least two people answering the same item.'));
    return { value: null, observedVariance: null, nullVariance: sigma, flags };
  }
  const items = variances.length;
  const s2 = variances.reduce((a, b) => a + b, 0) / items;
  const ratio = s2 / sigma;
  const value = (items * (1 - ratio)) / (items * (1 - ratio) + ratio);
  return { value: outOfRange(value, truncate, flags), observedVariance: s2, nullVariance: sigma, flags };
}

/** Sample variance of the present values (NaN marks a missing one). */
export function variance(values: ArrayLike<number>): { n: number; mean: number; variance: number } {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) { n++; sum += values[i]!; }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) ss += (values[i]! - mean) ** 2;
  return { n, mean, variance: n > 1 ? ss / (n - 1) : NaN };
}
