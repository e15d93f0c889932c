import { NOT_APPLICABLE, type Compiled } from '../instrument/compile';
import { countValues, newValueCounter, type ValueCounter } from './summary';
import type { WithheldReason } from './unit-score';

/** Respondents scored together: their answers sit side by side, item by item, in small buffers. */
export const BLOCK = 128;

/**
 * How a group is scored, worked out once per instrument. Where every item of a computation has a
 * whole-number scale from 0 up and weighs 1, each answer v is packed as v + offset (offset a power of
 * two above any total): one sum then holds both the total and how many answered, exactly, and the
 * scores can be counted by that sum in a small table instead of being stored and sorted.
 */
export interface BlockPlan {
  offset: number;
  /** Where computation u's table of sums starts in the shared table, or -1 when it is scored the general way. */
  histogramAt: Int32Array;
  /** Length of computation u's table: (items + 1) × offset. */
  histogramLength: Int32Array;
  histogramSize: number;
}

/** Largest shared table of sums (entries); beyond it every computation is scored the general way. */
const MAX_HISTOGRAM = 1 << 18;

const plans = new WeakMap<Compiled, BlockPlan>();

export function planOf(c: Compiled): BlockPlan {
  const cached = plans.get(c);
  if (cached) return cached;
  const { start, items, unitWeights, minCompletion } = c.packed;
  const { lowest, highest, wholeSteps } = c.quick;
  const units = minCompletion.length;
  const packable = (u: number) => {
    if (unitWeights[u] !== 1) return false;
    for (let p = start[u]!; p < start[u + 1]!; p++) if (wholeSteps[items[p]!] !== 1 || !(lowest[items[p]!]! >= 0)) return false;
    return true;
  };
  let largest = 0;
  for (let u = 0; u < units; u++) {
    if (!packable(u)) continue;
    let most = 0;
    for (let p = start[u]!; p < start[u + 1]!; p++) most += highest[items[p]!]!;
    largest = Math.max(largest, most);
  }
  const offset = 2 ** Math.ceil(Math.log2(largest + 1));
  const histogramAt = new Int32Array(units).fill(-1);
  const histogramLength = new Int32Array(units);
  let size = 0;
  for (let u = 0; u < units; u++) {
    if (!packable(u)) continue;
    histogramAt[u] = size;
    histogramLength[u] = (start[u + 1]! - start[u]! + 1) * offset;
    size += histogramLength[u]!;
  }
  const plan: BlockPlan = size <= MAX_HISTOGRAM ? { offset, histogramAt, histogramLength, histogramSize: size } : { offset, histogramAt: histogramAt.fill(-1), histogramLength, histogramSize: 0 };
  plans.set(c, plan);
  return plan;
}

/** A block of respondents' answers and scores, by column: item i of respondent q is at `i * BLOCK + q`. */
export interface Block {
  status: Uint8Array;
  keyed: Float64Array;
  /** keyed + offset for an answer, 0 for none. */
  packed: Float64Array;
  /** keyed, with 0 for no answer. */
  zeroed: Float64Array;
  /** How many of the block's respondents answered item i. */
  answeredHere: Int32Array;
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
    zeroed: new Float64Array(k * BLOCK),
    answeredHere: new Int32Array(k),
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
  /** Scores of the computations scored the general way, counted as they are made. */
  counters: ValueCounter[];
  /** Scores of the packed computations, counted by their packed sums (see BlockPlan). */
  histogram: Int32Array;
}

export function newUnitTally(c: Compiled): UnitTally {
  const units = c.packed.minCompletion.length;
  return {
    completion: new Float64Array(units),
    byReason: Array.from({ length: units }, () => ({ 'nothing-applicable': 0, 'no-answers': 0, 'below-completion': 0 })),
    withheld: Array.from({ length: units }, () => []),
    counters: Array.from({ length: units }, () => newValueCounter()),
    histogram: new Int32Array(planOf(c).histogramSize),
  };
}

/**
 * Counts each item's answers by status into `counts` (five per item), notes which items have a not
 * applicable answer, and lays the answers out packed (for the packed sums) and with 0 for none.
 */
export function prepareBlock(c: Compiled, block: Block, count: number, counts: Int32Array): void {
  const k = c.items.length;
  const { status, keyed, packed, zeroed, hasNotApplicable } = block;
  const offset = planOf(c).offset;
  const other = new Int32Array(5);
  for (let i = 0; i < k; i++) {
    const off = i * BLOCK;
    let answered = 0;
    other.fill(0);
    for (let q = 0; q < count; q++) {
      const v = keyed[off + q]!;
      if (v === v) {
        answered++;
        packed[off + q] = v + offset;
        zeroed[off + q] = v;
      } else {
        packed[off + q] = 0;
        zeroed[off + q] = 0;
        other[status[off + q]!]!++;
      }
    }
    block.answeredHere[i] = answered;
    counts[i * 5]! += answered;
    for (let s = 1; s < 5; s++) counts[i * 5 + s]! += other[s]!;
    hasNotApplicable[i] = other[NOT_APPLICABLE]! > 0 ? 1 : 0;
  }
}

/**
 * Scores every computation for the `count` respondents in the block, from respondent `first` on: the
 * weighted mean of the answered items, withheld below the unit's minimum completion (the same rule
 * as `tally`, with the same sums in the same order). One computation at a time, item column by item
 * column, so the inner loops run over adjacent numbers. Scores of packed computations are written
 * to `block.scores` only when `keepScores` is set.
 */
export function scoreBlock(c: Compiled, block: Block, count: number, first: number, tally: UnitTally, keepScores: boolean): void {
  const { start, minCompletion } = c.packed;
  const plan = planOf(c);
  for (let u = 0; u < minCompletion.length; u++) {
    const total = start[u + 1]! - start[u]!;
    const least = minCompletion[u]! - 1e-12;
    const notApplicable = c.excludeNotApplicable && anyNotApplicable(c, block, u);
    if (plan.histogramAt[u]! >= 0) {
      sumPacked(c, block, u, count);
      if (notApplicable) countNotApplicable(c, block, u, count);
      finishPacked(block, u, count, total, notApplicable, least, first, tally, plan, keepScores);
    } else {
      sumWeighted(c, block, u, count);
      finishWeighted(block, u, count, total, c.excludeNotApplicable, least, first, tally);
    }
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

function countNotApplicable(c: Compiled, block: Block, u: number, count: number): void {
  const { start, items } = c.packed;
  const { status, notApplicable } = block;
  notApplicable.fill(0);
  for (let p = start[u]!; p < start[u + 1]!; p++) {
    const off = items[p]! * BLOCK;
    for (let q = 0; q < count; q++) if (status[off + q] === NOT_APPLICABLE) notApplicable[q]!++;
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

function withhold(tally: UnitTally, u: number, applicable: number, answered: number, respondent: number): void {
  const reason: WithheldReason = applicable === 0 ? 'nothing-applicable' : answered === 0 ? 'no-answers' : 'below-completion';
  tally.byReason[u]![reason]++;
  tally.withheld[u]!.push(respondent);
}

function finishPacked(block: Block, u: number, count: number, total: number, notApplicable: boolean, least: number, first: number, tally: UnitTally, plan: BlockPlan, keepScores: boolean): void {
  const { sum, scores } = block;
  const na = block.notApplicable;
  const { offset } = plan;
  const histogram = tally.histogram;
  const at = plan.histogramAt[u]!;
  const out = u * BLOCK;
  let completion = tally.completion[u]!;
  for (let q = 0; q < count; q++) {
    const s = sum[q]!;
    // Exact: offset is a power of two and every part is a whole number well below 2^31.
    const a = Math.floor(s / offset);
    const applicable = notApplicable ? total - na[q]! : total;
    const share = applicable > 0 ? a / applicable : 0;
    completion += share;
    if (applicable > 0 && a > 0 && share >= least) {
      histogram[at + s]!++;
      if (keepScores) scores[out + q] = (s - a * offset) / a;
    } else {
      if (keepScores) scores[out + q] = NaN;
      withhold(tally, u, applicable, a, first + q);
    }
  }
  tally.completion[u] = completion;
}

function finishWeighted(block: Block, u: number, count: number, total: number, excludeNA: boolean, least: number, first: number, tally: UnitTally): void {
  const { sum, weight, answered, notApplicable, scores } = block;
  const out = u * BLOCK;
  let completion = tally.completion[u]!;
  for (let q = 0; q < count; q++) {
    const a = answered[q]!;
    const applicable = excludeNA ? total - notApplicable[q]! : total;
    const share = applicable > 0 ? a / applicable : 0;
    completion += share;
    if (applicable > 0 && a > 0 && share >= least) scores[out + q] = sum[q]! / weight[q]!;
    else {
      scores[out + q] = NaN;
      withhold(tally, u, applicable, a, first + q);
    }
  }
  tally.completion[u] = completion;
  countValues(tally.counters[u]!, scores, out, count);
}
