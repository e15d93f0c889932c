// zod mini, so that importing one statistic does not bring all of zod along (see test/size.test.ts).
import * as z from 'zod/v4-mini';
import { issue, parseOrThrow, ScoringError } from '../errors';
import { fQuantile } from './distributions';
import { completeRows, covToCor, imputeMedians, isPositiveSemiDefinite, pairwiseCovariance, toColumns, type Columns, type DataMatrix } from './matrix';
import { pairwiseCovarianceOfRows, type Covariance } from './covariance';
import { flag, type StatisticFlag } from './flags';

export const MISSING_POLICIES = ['pairwise', 'listwise', 'median'] as const;
export type MissingPolicy = (typeof MISSING_POLICIES)[number];

export const AlphaOptionsSchema = z.strictObject({
  missing: z._default(z.enum(MISSING_POLICIES, { error: `Choose how to treat missing answers: ${MISSING_POLICIES.join(', ')}.` }), 'pairwise'),
  /** 1 for an item scored as it is, -1 for one to reverse (R psych's `keys`). */
  keys: z.optional(z.array(z.union([z.literal(1), z.literal(-1)], { error: 'Each key is 1 (as it is) or -1 (reversed).' }))),
  /** Below this many respondents the result carries a `few-respondents` flag. */
  minRespondents: z._default(z.number().check(z.int(), z.gte(2)), 30),
});
export type AlphaOptions = z.input<typeof AlphaOptionsSchema>;

export interface AlphaItemStats {
  /** Position of the item in the input table. */
  item: number;
  /** Respondents who answered the item. */
  n: number;
  mean: number;
  sd: number;
  /**
   * Correlation of the item with the total of the other items (R psych's `r.drop`); null when the
   * other items add up to the same total for everyone (no spread to correlate with).
   */
  rDrop: number | null;
  /** Raw alpha of the scale without this item (R psych's `alpha.drop$raw_alpha`); null when it cannot be computed. */
  alphaIfDeleted: number | null;
  /** Standardised alpha of the scale without this item; null when it cannot be computed. */
  standardizedAlphaIfDeleted: number | null;
}

export interface AlphaResult {
  /** Raw Cronbach's alpha (R psych's `raw_alpha`), or null when it cannot be computed. */
  alpha: number | null;
  /** Alpha of the correlation matrix (R psych's `std.alpha`). */
  standardizedAlpha: number | null;
  /** Respondents used (all rows for pairwise and median, complete rows for listwise). */
  n: number;
  /** Items used: items with no variance are set aside, as R psych does. */
  itemCount: number;
  /** Mean inter-item correlation. */
  averageR: number | null;
  /** Feldt's 95% confidence interval for alpha (R psych's `feldt`). */
  ci95: { lower: number; upper: number } | null;
  /** One entry per item used, in input order. */
  itemStats: AlphaItemStats[];
  /** Items set aside because everyone gave the same answer. */
  droppedItems: number[];
  missing: MissingPolicy;
  flags: StatisticFlag[];
}

interface AlphaParts {
  raw: number;
  std: number;
  averageR: number;
}

function alphaOf(cov: Float64Array, cor: Float64Array, k: number, skip = -1): AlphaParts {
  let total = 0;
  let trace = 0;
  let sumR = 0;
  let n = 0;
  for (let i = 0; i < k; i++) {
    if (i === skip) continue;
    n++;
    trace += cov[i * k + i]!;
    for (let j = 0; j < k; j++) {
      if (j === skip) continue;
      total += cov[i * k + j]!;
      sumR += cor[i * k + j]!;
    }
  }
  return { raw: (1 - trace / total) * (n / (n - 1)), std: (1 - n / sumR) * (n / (n - 1)), averageR: (sumR - n) / (n * (n - 1)) };
}

/** Feldt's interval, as R psych's `alpha.ci(alpha, n.obs, n.var)`. */
export function feldtInterval(alpha: number, n: number, k: number, level = 0.95): { lower: number; upper: number } {
  const p = 1 - level;
  const d1 = n - 1;
  const d2 = (n - 1) * (k - 1);
  return { lower: 1 - (1 - alpha) * fQuantile(1 - p / 2, d1, d2), upper: 1 - (1 - alpha) * fQuantile(p / 2, d1, d2) };
}

function prepare(m: Columns, policy: MissingPolicy): Columns {
  if (policy === 'listwise') return completeRows(m);
  if (policy === 'median') return imputeMedians(m);
  return m;
}

/** Reverses the items keyed -1 as max + min − x, using the whole table's range (as R psych does). */
function flip(m: Columns, keys: readonly number[] | undefined): Columns {
  if (!keys?.includes(-1)) return m;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of m.data) if (!Number.isNaN(v)) { if (v < lo) lo = v; if (v > hi) hi = v; }
  const data = new Float64Array(m.data);
  keys.forEach((key, c) => {
    if (key === -1) for (let r = 0; r < m.rows; r++) data[c * m.rows + r] = lo + hi - data[c * m.rows + r]!;
  });
  return { rows: m.rows, cols: m.cols, data };
}

/** A 0/0 (no spread) as null, never NaN or Infinity. */
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Flags item statistics outside the range they can take (a correlation beyond ±1, alpha above 1). */
function flagImpossible(flags: StatisticFlag[], c: number, rDrop: number, drop: { raw: number; std: number }): void {
  const out: string[] = [];
  if (Math.abs(rDrop) > 1 + 1e-12 && Number.isFinite(rDrop)) out.push(`r.drop ${rDrop.toFixed(2)} (a correlation lies between −1 and 1)`);
  if (drop.raw > 1 + 1e-12 && Number.isFinite(drop.raw)) out.push(`alpha if deleted ${drop.raw.toFixed(2)} (alpha is at most 1)`);
  if (drop.std > 1 + 1e-12 && Number.isFinite(drop.std)) out.push(`standardised alpha if deleted ${drop.std.toFixed(2)} (alpha is at most 1)`);
  if (out.length)
    flags.push(flag('out-of-range', `Item ${c + 1} has ${out.join(' and ')}: a value no real table of answers could give, so do not read it.`, c));
}

/**
 * Cronbach's alpha with R psych's conventions (`psych::alpha`): covariances from pairwise-complete
 * answers by default, standardised alpha, r.drop, alpha if item deleted and Feldt's 95% interval.
 * `null` in the table marks a missing answer.
 */
export function cronbachAlpha(matrix: DataMatrix, options: AlphaOptions = {}): AlphaResult {
  const opts = parseOrThrow(AlphaOptionsSchema, options, 'set of alpha options', ['options']);
  if (opts.missing === 'pairwise' && !opts.keys && Array.isArray(matrix)) {
    // The common case, straight from the rows; anything unusual goes the checked way below.
    const quick = pairwiseCovarianceOfRows(matrix);
    if (quick) return alphaFromCovariance(quick, matrix.length, opts);
  }
  const input = toColumns(matrix, 'table of answers');
  if (opts.keys && opts.keys.length !== input.cols)
    throw new ScoringError([issue(['options', 'keys'], 'keys-length', `Give one key per item: the table has ${input.cols} items and there are ${opts.keys.length} keys.`)], 'set of alpha options');
  return alphaOfColumns(input, opts);
}

/** Alpha on a table already checked and stored by column (used by the group report). */
export function alphaOfColumns(input: Columns, opts: z.output<typeof AlphaOptionsSchema>): AlphaResult {
  const m = flip(prepare(input, opts.missing), opts.keys);
  return alphaFromCovariance(pairwiseCovariance(m), m.rows, opts);
}

/** Alpha and the item statistics from a pairwise covariance matrix over `rows` respondents. */
export function alphaFromCovariance(all: Covariance, rows: number, opts: z.output<typeof AlphaOptionsSchema>): AlphaResult {
  const m = { rows, cols: all.count.length };
  const flags: StatisticFlag[] = [];
  const kept: number[] = [];
  const droppedItems: number[] = [];
  for (let c = 0; c < m.cols; c++) {
    const variance = all.cov[c * m.cols + c]!;
    if (all.count[c]! > 1 && variance > 0) kept.push(c);
    else {
      droppedItems.push(c);
      flags.push(flag('zero-variance', `Item ${c + 1} has no spread (everyone gave the same answer, or too few answered it), so alpha leaves it out.`, c));
    }
  }
  const k = kept.length;
  const empty: AlphaResult = { alpha: null, standardizedAlpha: null, n: m.rows, itemCount: k, averageR: null, ci95: null, itemStats: [], droppedItems, missing: opts.missing, flags };
  if (m.rows < opts.minRespondents)
    flags.push(flag('few-respondents', `Alpha rests on ${m.rows} respondent${m.rows === 1 ? '' : 's'}; with fewer than ${opts.minRespondents} treat it as a rough guide.`));
  if (k < 2 || m.rows < 2) {
    flags.push(flag('not-computable', 'Alpha needs at least two items with some spread and at least two respondents.'));
    return empty;
  }
  // Pairwise covariances of the kept items do not depend on the others: take the sub-matrix.
  const cov = new Float64Array(k * k);
  kept.forEach((a, i) => kept.forEach((b, j) => (cov[i * k + j] = all.cov[a * m.cols + b]!)));
  if (cov.some((v) => Number.isNaN(v))) {
    flags.push(flag('not-computable', 'Some pairs of items were never answered together, so their covariance is unknown and alpha cannot be computed. Try the listwise or median policy.'));
    return empty;
  }
  const cor = covToCor(cov, k);
  const whole = alphaOf(cov, cor, k);
  if (!Number.isFinite(whole.raw) || Math.abs(whole.raw) > 1e6) {
    flags.push(flag('not-computable', 'The items cancel each other out, so the scale total has (almost) no variance and alpha has no meaning here.'));
    return empty;
  }
  if (!isPositiveSemiDefinite(cov, k))
    flags.push(
      flag(
        'not-positive-definite',
        'The covariances were worked out pair by pair from different respondents and do not fit together as one table of answers could (the matrix is not positive definite), so alpha and the item statistics can take impossible values. Read them with great care, or use the listwise or median policy.',
      ),
    );
  const highest = Math.max(whole.raw, Number.isFinite(whole.std) ? whole.std : -Infinity);
  if (highest > 1 + 1e-12) flags.push(flag('out-of-range', `Alpha came out above 1 (${highest.toFixed(2)}), which a real scale cannot give: the covariances do not fit together.`));
  if (!Number.isFinite(whole.std))
    flags.push(flag('not-computable', 'The correlations between the items cancel each other out, so standardised alpha cannot be computed (it is null).'));
  const itemStats: AlphaItemStats[] = kept.map((c, i) => {
    const drop = k > 2 ? alphaOf(cov, cor, k, i) : { raw: cov[1]! / cov[(1 - i) * k + (1 - i)]!, std: cor[1]! };
    let rowSum = 0;
    let rest = 0;
    for (let a = 0; a < k; a++) {
      if (a !== i) rowSum += cov[a * k + i]!;
      for (let b = 0; b < k; b++) if (a !== i && b !== i) rest += cov[a * k + b]!;
    }
    const rDrop = rowSum / Math.sqrt(cov[i * k + i]! * rest);
    if (rDrop < 0)
      flags.push(flag('negative-r-drop', `Item ${c + 1} runs against the rest of the scale (r.drop ${rDrop.toFixed(2)}). Check whether it should be reverse keyed.`, c));
    // With two items, R psych's 'alpha if deleted' is a ratio of covariances, not an alpha: only r.drop is bounded then.
    flagImpossible(flags, c, rDrop, k > 2 ? drop : { raw: NaN, std: NaN });
    if (!Number.isFinite(rDrop))
      flags.push(flag('zero-variance', `Without item ${c + 1} the other items add up to the same total for everyone, so its r.drop and alpha if deleted cannot be computed.`, c));
    return { item: c, n: all.count[c]!, mean: all.mean[c]!, sd: Math.sqrt(cov[i * k + i]!), rDrop: finite(rDrop), alphaIfDeleted: finite(drop.raw), standardizedAlphaIfDeleted: finite(drop.std) };
  });
  return {
    alpha: whole.raw,
    standardizedAlpha: finite(whole.std),
    n: m.rows,
    itemCount: k,
    averageR: finite(whole.averageR),
    ci95: feldtInterval(whole.raw, m.rows, k),
    itemStats,
    droppedItems,
    missing: opts.missing,
    flags,
  };
}
