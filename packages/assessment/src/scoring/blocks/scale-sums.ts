import type { Compiled } from '../../instrument/compile';
import { covarianceFromSums, type Covariance } from '../../psychometrics/covariance';
import { BLOCK, type Block } from './block';

/**
 * Sums for the group's item statistics and each scale's reliability, gathered block by block while
 * the answers are in the processor's cache, instead of reading the whole table again per scale.
 * Only items on whole-number scales are summed this way: their sums are whole numbers, exact in any
 * order, so the statistics come out as a separate pass over the columns would give them.
 */
export interface GroupSums {
  /**
   * Whether every sum is sure to stay a whole number below 2^53 for this many respondents (so exact);
   * when not, the statistics are read from the columns instead.
   */
  exact: boolean;
  /** Σx and Σx² of each whole-number item's answers (missing answers count 0). */
  total: Float64Array;
  squares: Float64Array;
  /** Per scale with two or more items, all on whole-number scales (null otherwise). */
  scales: (ScaleSums | null)[];
}

interface ScaleSums {
  /** The scale's items, as instrument item indices. */
  items: Int32Array;
  gram: Float64Array;
  dropCount: Float64Array;
  dropSum: Float64Array;
}

export function newGroupSums(c: Compiled, respondents: number): GroupSums {
  const k = c.items.length;
  const whole = c.quick.wholeSteps;
  let largest = 0;
  for (let i = 0; i < k; i++) if (whole[i] === 1) largest = Math.max(largest, Math.abs(c.quick.lowest[i]!), Math.abs(c.quick.highest[i]!));
  // The largest sum formed is n·Σx² (or (Σx)²), at most (n · largest)².
  const exact = (respondents * largest) ** 2 < 2 ** 53;
  return {
    exact,
    total: new Float64Array(k),
    squares: new Float64Array(k),
    scales: c.scales.map((scale) => {
      const m = scale.items.length;
      if (!exact || m < 2 || !scale.items.every((i) => whole[i] === 1)) return null;
      return { items: scale.items, gram: new Float64Array(m * m), dropCount: new Float64Array(m * m), dropSum: new Float64Array(m * m) };
    }),
  };
}

/**
 * Adds a block's cross-products for each summed scale (the items' own sums are added by
 * `prepareBlock`): `block.zeroed` holds the answers with 0 for missing ones, and
 * `block.answeredHere[i]` how many of the block's respondents answered item i, and `block.missing`
 * which ones did not.
 */
export function addBlockSums(sums: GroupSums, block: Block, count: number): void {
  const { zeroed, keyed, answeredHere, missing } = block;
  for (const scale of sums.scales) {
    if (!scale) continue;
    const { items, gram, dropCount, dropSum } = scale;
    const m = items.length;
    for (let a = 0; a < m; a++) {
      const oa = items[a]! * BLOCK;
      // Two partners a pass, so each of item a's answers is read once for both.
      // Each sum is kept in two halves (even and odd respondents), so the additions need not wait
      // on one another; the sums are whole numbers, exact in any order. (The block is padded with 0.)
      let b = a + 1;
      for (; b + 1 < m; b += 2) {
        const ob = items[b]! * BLOCK;
        const oc = items[b + 1]! * BLOCK;
        let g0 = 0;
        let g1 = 0;
        let h0 = 0;
        let h1 = 0;
        for (let q = 0; q < count; q += 2) {
          const x0 = zeroed[oa + q]!;
          const x1 = zeroed[oa + q + 1]!;
          g0 += x0 * zeroed[ob + q]!;
          g1 += x1 * zeroed[ob + q + 1]!;
          h0 += x0 * zeroed[oc + q]!;
          h1 += x1 * zeroed[oc + q + 1]!;
        }
        gram[a * m + b]! += g0 + g1;
        gram[a * m + b + 1]! += h0 + h1;
      }
      if (b < m) {
        const ob = items[b]! * BLOCK;
        let g0 = 0;
        let g1 = 0;
        for (let q = 0; q < count; q += 2) {
          g0 += zeroed[oa + q]! * zeroed[ob + q]!;
          g1 += zeroed[oa + q + 1]! * zeroed[ob + q + 1]!;
        }
        gram[a * m + b]! += g0 + g1;
      }
      // Respondents who left item a out: what they gave the scale's other items.
      const left = count - answeredHere[items[a]!]!;
      for (let t = 0; t < left; t++) {
        const q = missing[oa + t]!;
        for (let b = 0; b < m; b++) {
          const v = keyed[items[b]! * BLOCK + q]!;
          if (v !== v) continue;
          dropSum[a * m + b]! += v;
          dropCount[a * m + b]!++;
        }
      }
    }
  }
}

/** Whether item i's statistics come from the sums (otherwise its column is read). */
export function summed(sums: GroupSums, c: Compiled, i: number): boolean {
  return sums.exact && c.quick.wholeSteps[i] === 1;
}

/** Item i's mean and variance from its sums (see `summed`), for `answered` > 0. */
export function itemMoments(sums: GroupSums, i: number, answered: number): { mean: number; variance: number } {
  const t = sums.total[i]!;
  // n·Σx² − (Σx)² is a whole number, exact below 2^53 (see `exact`): one division then gives the variance.
  const top = answered * sums.squares[i]!;
  return { mean: t / answered, variance: answered > 1 ? (top - t * t) / (answered * (answered - 1)) : NaN };
}

/** Whether item i's column of keyed answers is read after scoring (so it must be kept). */
export function columnNeeded(sums: GroupSums, c: Compiled, i: number): boolean {
  return !summed(sums, c, i) || c.scales.some((scale, s) => scale.items.length > 1 && sums.scales[s] === null && scale.items.includes(i));
}

/** The scale's pairwise covariance matrix (as `pairwiseCovariance` gives it), or null when it was not summed. */
export function scaleCovariance(sums: GroupSums, s: number, counts: Int32Array): Covariance | null {
  const scale = sums.scales[s];
  if (!scale) return null;
  const { items, gram, dropCount, dropSum } = scale;
  const m = items.length;
  const count = Float64Array.from(items, (i) => counts[i * 5]!);
  const total = Float64Array.from(items, (i) => sums.total[i]!);
  const g = Float64Array.from(gram);
  for (let a = 0; a < m; a++) g[a * m + a] = sums.squares[items[a]!]!;
  return {
    cov: covarianceFromSums({ cols: m, count, total, gram: g, dropCount, dropSum }),
    count,
    mean: Float64Array.from(count, (n, a) => (n ? total[a]! / n : NaN)),
  };
}
