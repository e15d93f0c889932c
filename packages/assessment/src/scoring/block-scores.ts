import { NOT_APPLICABLE, type Compiled } from '../instrument/compile';
import { countValues, newValueCounter, type ValueCounter } from './summary';
import type { WithheldReason } from './unit-score';

/** Respondents scored together: their answers sit side by side, item by item, in small buffers. */
export const BLOCK = 128;

/** A packed answer is its value plus this, so one sum gives both the total and how many answered. */
const OFFSET = 2 ** 20;

/** A block of respondents' answers and scores, by column: item i of respondent q is at `i * BLOCK + q`. */
export interface Block {
  status: Uint8Array;
  keyed: Float64Array;
  /** keyed + OFFSET for an answer, 0 for none (filled by `prepareBlock` when every answer is a small whole number). */
  packed: Float64Array;
  /** Whether item i has a not applicable answer in this block. */
  hasNotApplicable: Uint8Array;
  /** Score of computation u for respondent q at `u * BLOCK + q` (NaN when withheld). */
  scores: Float64Array;
  sum: Float64Array;
  weight: Float64Array;
  answered: Float64Array;
  notApplicable: Float64Array;
}

export function newBlock(c: Compiled): Block {
  const k = c.items.length;
  const column = () => new Float64Array(BLOCK);
  return {
    status: new Uint8Array(k * BLOCK),
    keyed: new Float64Array(k * BLOCK),
    packed: new Float64Array(k * BLOCK),
    hasNotApplicable: new Uint8Array(k),
    scores: new Float64Array(c.packed.minCompletion.length * BLOCK),
    sum: column(),
    weight: column(),
    answered: column(),
    notApplicable: column(),
  };
}

/** What the scores of every computation add up to across the group, and who was withheld and why. */
export interface UnitTally {
  completion: Float64Array;
  byReason: Record<WithheldReason, number>[];
  withheld: number[][];
  /** The scores given, counted as they are made, for the group summaries. */
  counters: ValueCounter[];
}

export function newUnitTally(units: number): UnitTally {
  return {
    completion: new Float64Array(units),
    byReason: Array.from({ length: units }, () => ({ 'nothing-applicable': 0, 'no-answers': 0, 'below-completion': 0 })),
    withheld: Array.from({ length: units }, () => []),
    counters: Array.from({ length: units }, () => newValueCounter()),
  };
}

/**
 * Counts each item's answers by status into `counts` (five per item), notes which items have a not
 * applicable answer, and packs the answers when every one is a whole number from 0 up to what a sum
 * of all items can hold exactly. Returns whether it packed them.
 */
export function prepareBlock(c: Compiled, block: Block, count: number, counts: Int32Array): boolean {
  const k = c.items.length;
  const { status, keyed, packed, hasNotApplicable } = block;
  const largest = Math.floor((OFFSET - 1) / k);
  let whole = true;
  const other = new Int32Array(5);
  for (let i = 0; i < k; i++) {
    const off = i * BLOCK;
    let answered = 0;
    other.fill(0);
    for (let q = 0; q < count; q++) {
      const v = keyed[off + q]!;
      if (v === v) {
        answered++;
        packed[off + q] = v + OFFSET;
        if (!(v >= 0 && v <= largest && Math.floor(v) === v)) whole = false;
      } else {
        packed[off + q] = 0;
        other[status[off + q]!]!++;
      }
    }
    counts[i * 5]! += answered;
    for (let s = 1; s < 5; s++) counts[i * 5 + s]! += other[s]!;
    hasNotApplicable[i] = other[NOT_APPLICABLE]! > 0 ? 1 : 0;
  }
  return whole;
}

/**
 * Scores every computation for the `count` respondents in the block, from respondent `first` on: the
 * weighted mean of the answered items, withheld below the unit's minimum completion (the same rule
 * as `tally`, with the same sums in the same order). One computation at a time, item column by item
 * column, so the inner loops run over adjacent numbers.
 */
export function scoreBlock(c: Compiled, block: Block, count: number, packedOk: boolean, first: number, tally: UnitTally): void {
  const { start, minCompletion, unitWeights } = c.packed;
  for (let u = 0; u < minCompletion.length; u++) {
    const quick = packedOk && unitWeights[u] === 1 && !(c.excludeNotApplicable && anyNotApplicable(c, block, u));
    if (quick) sumPacked(c, block, u, count);
    else sumWeighted(c, block, u, count);
    finish(block, u, count, start[u + 1]! - start[u]!, quick, c.excludeNotApplicable, minCompletion[u]! - 1e-12, first, tally);
  }
}

function anyNotApplicable(c: Compiled, block: Block, u: number): boolean {
  const { start, items } = c.packed;
  for (let p = start[u]!; p < start[u + 1]!; p++) if (block.hasNotApplicable[items[p]!]) return true;
  return false;
}

/** Unit weights and small whole answers: one sum per respondent holds both the total and the count. */
function sumPacked(c: Compiled, block: Block, u: number, count: number): void {
  const { start, items } = c.packed;
  const { packed, sum } = block;
  const from = start[u]!;
  const to = start[u + 1]!;
  const o = items[from]! * BLOCK;
  for (let q = 0; q < count; q++) sum[q] = packed[o + q]!;
  for (let p = from + 1; p < to; p++) {
    const off = items[p]! * BLOCK;
    for (let q = 0; q < count; q++) sum[q]! += packed[off + q]!;
  }
}

/** Any weights and answers: the weighted sum, the weights, the answered and the not applicable items. */
function sumWeighted(c: Compiled, block: Block, u: number, count: number): void {
  const { start, items, weights } = c.packed;
  const { keyed, status, sum, weight, answered, notApplicable } = block;
  sum.fill(0);
  weight.fill(0);
  answered.fill(0);
  notApplicable.fill(0);
  for (let p = start[u]!; p < start[u + 1]!; p++) {
    const off = items[p]! * BLOCK;
    const w = weights[p]!;
    for (let q = 0; q < count; q++) {
      const v = keyed[off + q]!;
      if (v === v) {
        sum[q]! += w * v;
        weight[q]! += w;
        answered[q]!++;
      } else if (status[off + q] === NOT_APPLICABLE) notApplicable[q]!++;
    }
  }
}

function finish(block: Block, u: number, count: number, total: number, packed: boolean, excludeNA: boolean, least: number, first: number, tally: UnitTally): void {
  const { sum, weight, answered, notApplicable, scores } = block;
  const out = u * BLOCK;
  let completion = tally.completion[u]!;
  const counter = tally.counters[u]!;
  for (let q = 0; q < count; q++) {
    let a: number;
    let total_: number;
    let wsum: number;
    let applicable: number;
    if (packed) {
      // Exact: OFFSET is a power of two and every part is a whole number well below 2^53.
      a = Math.floor(sum[q]! / OFFSET);
      total_ = sum[q]! - a * OFFSET;
      wsum = a;
      applicable = total;
    } else {
      a = answered[q]!;
      total_ = sum[q]!;
      wsum = weight[q]!;
      applicable = excludeNA ? total - notApplicable[q]! : total;
    }
    const share = applicable > 0 ? a / applicable : 0;
    completion += share;
    if (applicable > 0 && a > 0 && share >= least) scores[out + q] = total_ / wsum;
    else {
      scores[out + q] = NaN;
      const reason: WithheldReason = applicable === 0 ? 'nothing-applicable' : a === 0 ? 'no-answers' : 'below-completion';
      tally.byReason[u]![reason]++;
      tally.withheld[u]!.push(first + q);
    }
  }
  tally.completion[u] = completion;
  countValues(counter, scores, out, count);
}
