import { NOT_APPLICABLE, type Compiled } from '../../instrument/compile';
import { countValues, newValueCounter, type ValueCounter } from '../summary';
import { withheldFor, type WithheldReason } from '../unit-score';
import { BLOCK, type Block } from './block';
import { planOf, type BlockPlan } from './plan';

/** What the scores of every computation add up to across the group, and who was withheld and why. */
export interface UnitTally {
  completion: Float64Array;
  byReason: Record<WithheldReason, number>[];
  withheld: number[][];
  /** Scores of the computations scored the general way, counted as they are made (null for packed ones). */
  counters: (ValueCounter | null)[];
  /**
   * Respondents of the packed computations counted by their packed sum (see BlockPlan): in
   * `histogram` everyone whose items all applied, scored or not; in `givenHistogram` the others
   * who were given a score.
   */
  histogram: Int32Array;
  givenHistogram: Int32Array;
}

export function newUnitTally(c: Compiled): UnitTally {
  const units = c.packed.minCompletion.length;
  return {
    completion: new Float64Array(units),
    byReason: Array.from({ length: units }, () => ({ 'nothing-applicable': 0, 'no-answers': 0, 'below-completion': 0 })),
    withheld: Array.from({ length: units }, () => []),
    counters: Array.from(planOf(c).histogramAt, (at) => (at < 0 ? newValueCounter() : null)),
    histogram: new Int32Array(planOf(c).histogramSize),
    givenHistogram: new Int32Array(planOf(c).histogramSize),
  };
}

/**
 * Scores every computation for the `count` respondents in the block, from respondent `first` on: the
 * weighted mean of the answered items, withheld below the unit's minimum completion (the same rule
 * as `tally`). One computation at a time, column by column, so the inner loops run over adjacent
 * numbers. Scores of packed computations are written to `block.scores` only when `keepScores` is set.
 */
export function scoreBlock(c: Compiled, block: Block, count: number, first: number, tally: UnitTally, keepScores: boolean): void {
  const { start, minCompletion, leastItems } = c.packed;
  const plan = planOf(c);
  for (const u of plan.order) {
    const total = start[u + 1]! - start[u]!;
    const rule: Rule = { minShare: minCompletion[u]!, leastItems: leastItems[u]! };
    const notApplicable = c.excludeNotApplicable && anyNotApplicable(c, block, u);
    if (plan.histogramAt[u]! >= 0) {
      sumPacked(plan, block, u, count);
      // One sum per respondent, unpacked once for the ways below that need them side by side.
      const sums = notApplicable || keepScores ? unpackSums(block, u, count, plan) : block.sum;
      if (notApplicable) {
        countNotApplicable(c, block, u, count);
        finishPackedWithNotApplicable(block, sums, u, count, total, rule, first, tally, plan);
      } else finishPacked(block, u, count, first, tally, plan);
      if (keepScores) packedScores(block, sums, u, count, total, notApplicable, rule, plan);
    } else {
      sumWeighted(c, block, u, count);
      finishWeighted(block, u, count, total, c.excludeNotApplicable, rule, first, tally);
    }
  }
}

/** A computation's withholding rule (see `withheldFor`). */
interface Rule {
  minShare: number;
  leastItems: number;
}

function anyNotApplicable(c: Compiled, block: Block, u: number): boolean {
  const { start, items } = c.packed;
  for (let p = start[u]!; p < start[u + 1]!; p++) if (block.hasNotApplicable[items[p]!]) return true;
  return false;
}

/** Adds up computation u's parts (item columns and smaller computations' sums) into its row of `unitSums`. */
function sumPacked(plan: BlockPlan, block: Block, u: number, respondents: number): void {
  const { partStart, partIndex, partIsUnit } = plan;
  const count = Math.ceil(respondents / plan.lanes);
  const { packed, unitSums } = block;
  const out = u * BLOCK;
  let p = partStart[u]!;
  const end = partStart[u + 1]!;
  const first = partIsUnit[p] ? unitSums : packed;
  const o = partIndex[p++]! * BLOCK;
  if (p < end) {
    // The first two parts in one pass.
    const second = partIsUnit[p] ? unitSums : packed;
    const o2 = partIndex[p++]! * BLOCK;
    for (let q = 0; q < count; q++) unitSums[out + q] = first[o + q]! + second[o2 + q]!;
  } else for (let q = 0; q < count; q++) unitSums[out + q] = first[o + q]!;
  // Two parts a pass: half the loads and stores of the running sums.
  for (; p + 1 < end; p += 2) {
    const x = partIsUnit[p] ? unitSums : packed;
    const ox = partIndex[p]! * BLOCK;
    const y = partIsUnit[p + 1] ? unitSums : packed;
    const oy = partIndex[p + 1]! * BLOCK;
    for (let q = 0; q < count; q++) unitSums[out + q]! += x[ox + q]! + y[oy + q]!;
  }
  if (p < end) {
    const x = partIsUnit[p] ? unitSums : packed;
    const ox = partIndex[p]! * BLOCK;
    for (let q = 0; q < count; q++) unitSums[out + q]! += x[ox + q]!;
  }
}

/** How many of u's items were not applicable to each respondent of the block, into `block.notApplicable`. */
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

/** Notes that `respondent` has no score on computation u, and why. */
function withhold(tally: UnitTally, u: number, reason: WithheldReason, respondent: number): void {
  tally.byReason[u]![reason]++;
  tally.withheld[u]!.push(respondent);
}

/** All of u's items applied for everyone in the block: count each packed sum, and list who falls short. */
function finishPacked(block: Block, u: number, count: number, first: number, tally: UnitTally, plan: BlockPlan): void {
  const { unitSums } = block;
  const histogram = tally.histogram;
  const at = plan.histogramAt[u]!;
  const { offset, lanes, laneWidth } = plan;
  const out = u * BLOCK;
  // Below this sum a respondent answered too few items for a score.
  const limit = plan.fewestAnswers[u]! * offset;
  let g = 0;
  let q = 0;
  if (lanes === 3) {
    // Whole groups of three, unpacked in line with 32-bit operations: `x | 0` keeps the low 32 bits
    // of a whole number, and scaling by a power of two is exact, so each lane comes out whole.
    const mask = laneWidth - 1;
    const inverse = 1 / laneWidth;
    const inverse2 = inverse * inverse;
    for (; q + 2 < count; g++, q += 3) {
      const sideBySide = unitSums[out + g]!;
      const s0 = (sideBySide | 0) & mask;
      const s1 = ((sideBySide * inverse) | 0) & mask;
      const s2 = (sideBySide * inverse2) | 0;
      histogram[at + s0]!++;
      histogram[at + s1]!++;
      histogram[at + s2]!++;
      if (s0 < limit) withhold(tally, u, s0 < offset ? 'no-answers' : 'below-completion', first + q);
      if (s1 < limit) withhold(tally, u, s1 < offset ? 'no-answers' : 'below-completion', first + q + 1);
      if (s2 < limit) withhold(tally, u, s2 < offset ? 'no-answers' : 'below-completion', first + q + 2);
    }
  }
  for (; q < count; g++) {
    let sideBySide = unitSums[out + g]!;
    for (let lane = 0; lane < lanes && q < count; lane++, q++) {
      // Exact: the lane width is a power of two and every sum a whole number below it.
      const rest = Math.floor(sideBySide / laneWidth);
      const s = sideBySide - rest * laneWidth;
      sideBySide = rest;
      histogram[at + s]!++;
      if (s < limit) withhold(tally, u, s < offset ? 'no-answers' : 'below-completion', first + q);
    }
  }
}

/** Computation u's packed sum for each respondent of the block, one per respondent, into `block.sum`. */
function unpackSums(block: Block, u: number, count: number, plan: BlockPlan): Float64Array {
  const { unitSums, sum } = block;
  const { lanes, laneWidth } = plan;
  for (let g = 0, q = 0; q < count; g++) {
    let sideBySide = unitSums[u * BLOCK + g]!;
    for (let lane = 0; lane < lanes && q < count; lane++, q++) {
      const rest = Math.floor(sideBySide / laneWidth);
      sum[q] = sideBySide - rest * laneWidth;
      sideBySide = rest;
    }
  }
  return sum;
}

/** Some of u's items were not applicable to some respondents: each one's completion is over the items that applied. */
function finishPackedWithNotApplicable(block: Block, sums: Float64Array, u: number, count: number, total: number, rule: Rule, first: number, tally: UnitTally, plan: BlockPlan): void {
  const { notApplicable } = block;
  const histogram = tally.givenHistogram;
  const at = plan.histogramAt[u]!;
  const { offset } = plan;
  let completion = tally.completion[u]!;
  for (let q = 0; q < count; q++) {
    const s = sums[q]!;
    // Exact: offset is a power of two and every part is a whole number well below 2^31.
    const a = Math.floor(s / offset);
    const applicable = total - notApplicable[q]!;
    completion += applicable > 0 ? a / applicable : 0;
    const reason = withheldFor(a, applicable, rule.minShare, rule.leastItems);
    if (reason === null) histogram[at + s]!++;
    else withhold(tally, u, reason, first + q);
  }
  tally.completion[u] = completion;
}

/** Each respondent's score from the packed sums, for compareRounds (NaN when withheld). */
function packedScores(block: Block, sums: Float64Array, u: number, count: number, total: number, notApplicable: boolean, rule: Rule, plan: BlockPlan): void {
  const { scores } = block;
  const { offset } = plan;
  const out = u * BLOCK;
  for (let q = 0; q < count; q++) {
    const s = sums[q]!;
    const a = Math.floor(s / offset);
    const applicable = notApplicable ? total - block.notApplicable[q]! : total;
    scores[out + q] = withheldFor(a, applicable, rule.minShare, rule.leastItems) === null ? (s - a * offset) / a : NaN;
  }
}

/** The general way: each respondent's score from the weighted sums, counted by value (see `countValues`). */
function finishWeighted(block: Block, u: number, count: number, total: number, excludeNA: boolean, rule: Rule, first: number, tally: UnitTally): void {
  const { sum, weight, answered, notApplicable, scores } = block;
  const out = u * BLOCK;
  let completion = tally.completion[u]!;
  for (let q = 0; q < count; q++) {
    const a = answered[q]!;
    const applicable = excludeNA ? total - notApplicable[q]! : total;
    completion += applicable > 0 ? a / applicable : 0;
    const reason = withheldFor(a, applicable, rule.minShare, rule.leastItems);
    if (reason === null) scores[out + q] = sum[q]! / weight[q]!;
    else {
      scores[out + q] = NaN;
      withhold(tally, u, reason, first + q);
    }
  }
  tally.completion[u] = completion;
  countValues(tally.counters[u]!, scores, out, count);
}
