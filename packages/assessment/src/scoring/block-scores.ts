import { ANSWERED, DONT_KNOW, NO_ANSWER, NOT_APPLICABLE, SKIPPED, type Compiled } from '../instrument/compile';
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
  /**
   * Respondents side by side in one number: `lanes` packed sums, each below `laneWidth` (a power of
   * two), so a single addition adds two or three respondents' answers with no carry between them.
   */
  lanes: number;
  laneWidth: number;
  /** Computations in the order they are worked out: a packed one after the smaller ones it is made of. */
  order: Int32Array;
  /**
   * What each packed computation's sum is made of, from `partStart[u]` to `partStart[u + 1]`: item
   * columns, or (where `partIsUnit`) the sums of smaller computations that share no item and together
   * hold exactly its items. Whole-number sums are exact in any order, so reusing them changes nothing.
   */
  partStart: Int32Array;
  partIndex: Int32Array;
  partIsUnit: Uint8Array;
  /** The fewest answers that give computation u a score when all its items apply (total + 1 when none do). */
  fewestAnswers: Int32Array;
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
  if (size > MAX_HISTOGRAM) {
    histogramAt.fill(-1);
    size = 0;
  }
  // Every packed sum stays below its table's length; the lanes must hold the longest, in 52 bits.
  const longest = Math.max(1, ...histogramLength);
  // (Every table fits in 2^18 entries, below 2^26, so two lanes always fit.)
  const lanes = longest <= 2 ** 17 ? 3 : 2;
  const laneWidth = lanes === 3 ? 2 ** 17 : 2 ** 26;
  const plan: BlockPlan = { offset, lanes, laneWidth, histogramAt, histogramLength, histogramSize: size, ...partsOf(c, histogramAt), fewestAnswers: fewestAnswersOf(c) };
  plans.set(c, plan);
  return plan;
}

/** For each computation, the fewest answers that reach its minimum completion (by the same test `finish` uses). */
function fewestAnswersOf(c: Compiled): Int32Array {
  const { start, minCompletion } = c.packed;
  return Int32Array.from(minCompletion, (least, u) => {
    const total = start[u + 1]! - start[u]!;
    for (let a = 1; a <= total; a++) if (a / total >= least - 1e-12) return a;
    return total + 1;
  });
}

/**
 * Splits each packed computation into the largest smaller packed computations that fit inside it
 * without overlapping, and its remaining items: a principle, say, is the sum of its theme × principle
 * cells, and the overall score the sum of the scales.
 */
function partsOf(c: Compiled, histogramAt: Int32Array): Pick<BlockPlan, 'order' | 'partStart' | 'partIndex' | 'partIsUnit'> {
  const { start, items } = c.packed;
  const units = histogramAt.length;
  const itemsOf = (u: number) => Array.from(items.subarray(start[u]!, start[u + 1]!));
  const order = Int32Array.from({ length: units }, (_, u) => u).sort((a, b) => start[a + 1]! - start[a]! - (start[b + 1]! - start[b]!) || a - b);
  const parts: { index: number; unit: boolean }[][] = Array.from({ length: units }, () => []);
  const done: number[] = [];
  for (const u of order) {
    const own = new Set(itemsOf(u));
    if (histogramAt[u]! >= 0) {
      // Largest first, so a few big parts do most of the work.
      for (const v of [...done].reverse()) {
        const theirs = itemsOf(v);
        if (theirs.length > own.size || !theirs.every((i) => own.has(i))) continue;
        theirs.forEach((i) => own.delete(i));
        parts[u]!.push({ index: v, unit: true });
      }
      done.push(u);
    }
    for (const i of own) parts[u]!.push({ index: i, unit: false });
  }
  const partStart = new Int32Array(units + 1);
  parts.forEach((list, u) => (partStart[u + 1] = partStart[u]! + list.length));
  const flat = parts.flat();
  return { order, partStart, partIndex: Int32Array.from(flat, (p) => p.index), partIsUnit: Uint8Array.from(flat, (p) => (p.unit ? 1 : 0)) };
}

/** A block of respondents' answers and scores, by column: item i of respondent q is at `i * BLOCK + q`. */
export interface Block {
  status: Uint8Array;
  keyed: Float64Array;
  /**
   * keyed + offset for an answer, 0 for none, with respondents side by side in lanes (see BlockPlan):
   * item i of respondents gL … gL + L − 1 at `i * BLOCK + g`.
   */
  packed: Float64Array;
  /** keyed, with 0 for no answer. */
  zeroed: Float64Array;
  /** How many of the block's respondents answered item i. */
  answeredHere: Int32Array;
  /** The respondents of the block who did not answer item i, in order, from `i * BLOCK` on. */
  missing: Int32Array;
  /** Whether item i has a not applicable answer in this block. */
  hasNotApplicable: Uint8Array;
  /** Score of computation u for respondent q at `u * BLOCK + q` (NaN when withheld). */
  scores: Float64Array;
  /** Packed sums of computation u, in lanes as `packed` is, at `u * BLOCK + g`. */
  unitSums: Float64Array;
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
    missing: new Int32Array(k * BLOCK),
    hasNotApplicable: new Uint8Array(k),
    scores: new Float64Array(c.packed.minCompletion.length * BLOCK),
    unitSums: new Float64Array(c.packed.minCompletion.length * BLOCK),
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
 * Counts each item's answers by status into `counts` (five per item), adds up each item's answers
 * and their squares into `totals`, notes which items have a not applicable answer, and lays the
 * answers out packed (for the packed sums) and with 0 for none.
 */
export function prepareBlock(c: Compiled, block: Block, count: number, counts: Int32Array, totals: { total: Float64Array; squares: Float64Array }): void {
  for (let i = 0; i < c.items.length; i++) prepareColumn(c, block, i, count, counts, totals);
}

/** `prepareBlock` for item i alone (the table reader calls it as it finishes each column). */
export function prepareColumn(c: Compiled, block: Block, i: number, count: number, counts: Int32Array, totals: { total: Float64Array; squares: Float64Array }): void {
  const { status, keyed, packed, zeroed, missing, hasNotApplicable } = block;
  const { offset, lanes, laneWidth } = planOf(c);
  const off = i * BLOCK;
  let unanswered = 0;
  let answered = 0;
  let total = 0;
  let squares = 0;
  let lane = 0;
  let scale = 1;
  let sideBySide = 0;
  let g = off;
  let notApplicable = 0;
  let dontKnow = 0;
  let skipped = 0;
  let none = 0;
  let q = 0;
  if (lanes === 3) {
    // Three respondents a step, with no branch while all three answered (the common case).
    const width2 = laneWidth * laneWidth;
    for (; q + 2 < count; q += 3, g++) {
      const v0 = keyed[off + q]!;
      const v1 = keyed[off + q + 1]!;
      const v2 = keyed[off + q + 2]!;
      if (v0 === v0 && v1 === v1 && v2 === v2) {
        answered += 3;
        total += v0 + v1 + v2;
        squares += v0 * v0 + v1 * v1 + v2 * v2;
        packed[g] = v0 + offset + (v1 + offset) * laneWidth + (v2 + offset) * width2;
        zeroed[off + q] = v0;
        zeroed[off + q + 1] = v1;
        zeroed[off + q + 2] = v2;
        continue;
      }
      let side = 0;
      for (let l = 0; l < 3; l++) {
        const v = keyed[off + q + l]!;
        if (v === v) {
          answered++;
          total += v;
          squares += v * v;
          side += (v + offset) * (l === 0 ? 1 : l === 1 ? laneWidth : width2);
          zeroed[off + q + l] = v;
        } else {
          zeroed[off + q + l] = 0;
          missing[off + unanswered++] = q + l;
          const st = status[off + q + l];
          if (st === NO_ANSWER) none++;
          else if (st === NOT_APPLICABLE) notApplicable++;
          else if (st === DONT_KNOW) dontKnow++;
          else skipped++;
        }
      }
      packed[g] = side;
    }
  }
  for (; q < count; q++) {
    const v = keyed[off + q]!;
    if (v === v) {
      answered++;
      total += v;
      squares += v * v;
      sideBySide += (v + offset) * scale;
      zeroed[off + q] = v;
    } else {
      zeroed[off + q] = 0;
      missing[off + unanswered++] = q;
      const st = status[off + q];
      if (st === NO_ANSWER) none++;
      else if (st === NOT_APPLICABLE) notApplicable++;
      else if (st === DONT_KNOW) dontKnow++;
      else skipped++;
    }
    if (++lane === lanes) {
      packed[g++] = sideBySide;
      sideBySide = 0;
      lane = 0;
      scale = 1;
    } else scale *= laneWidth;
  }
  if (lane > 0) packed[g] = sideBySide;
  // An odd count leaves one slot past the end: 0 there lets the paired loops read it safely.
  if (count & 1) zeroed[off + count] = 0;
  block.answeredHere[i] = answered;
  totals.total[i]! += total;
  totals.squares[i]! += squares;
  counts[i * 5 + ANSWERED]! += answered;
  counts[i * 5 + NOT_APPLICABLE]! += notApplicable;
  counts[i * 5 + DONT_KNOW]! += dontKnow;
  counts[i * 5 + SKIPPED]! += skipped;
  counts[i * 5 + NO_ANSWER]! += none;
  hasNotApplicable[i] = notApplicable > 0 ? 1 : 0;
}

/**
 * Scores every computation for the `count` respondents in the block, from respondent `first` on: the
 * weighted mean of the answered items, withheld below the unit's minimum completion (the same rule
 * as `tally`). One computation at a time, column by column, so the inner loops run over adjacent
 * numbers. Scores of packed computations are written to `block.scores` only when `keepScores` is set.
 */
export function scoreBlock(c: Compiled, block: Block, count: number, first: number, tally: UnitTally, keepScores: boolean): void {
  const { start, minCompletion } = c.packed;
  const plan = planOf(c);
  for (const u of plan.order) {
    const total = start[u + 1]! - start[u]!;
    const least = minCompletion[u]! - 1e-12;
    const notApplicable = c.excludeNotApplicable && anyNotApplicable(c, block, u);
    if (plan.histogramAt[u]! >= 0) {
      sumPacked(plan, block, u, count);
      if (notApplicable) {
        countNotApplicable(c, block, u, count);
        finishPackedWithNotApplicable(block, u, count, total, least, first, tally, plan);
      } else finishPacked(block, u, count, first, tally, plan);
      if (keepScores) packedScores(block, u, count, total, notApplicable, least, plan);
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
  for (let q = 0; q < count; q++) unitSums[out + q] = first[o + q]!;
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
    // Whole groups of three, unpacked in line.
    const inverse = 1 / laneWidth;
    for (; q + 2 < count; g++, q += 3) {
      const sideBySide = unitSums[out + g]!;
      const high = Math.floor(sideBySide * inverse);
      const s0 = sideBySide - high * laneWidth;
      const s2 = Math.floor(high * inverse);
      const s1 = high - s2 * laneWidth;
      histogram[at + s0]!++;
      histogram[at + s1]!++;
      histogram[at + s2]!++;
      if (s0 < limit) withhold(tally, u, 1, s0 < offset ? 0 : 1, first + q);
      if (s1 < limit) withhold(tally, u, 1, s1 < offset ? 0 : 1, first + q + 1);
      if (s2 < limit) withhold(tally, u, 1, s2 < offset ? 0 : 1, first + q + 2);
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
      if (s < limit) withhold(tally, u, 1, s < offset ? 0 : 1, first + q);
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
function finishPackedWithNotApplicable(block: Block, u: number, count: number, total: number, least: number, first: number, tally: UnitTally, plan: BlockPlan): void {
  const { notApplicable } = block;
  const sums = unpackSums(block, u, count, plan);
  const histogram = tally.givenHistogram;
  const at = plan.histogramAt[u]!;
  const { offset } = plan;
  let completion = tally.completion[u]!;
  for (let q = 0; q < count; q++) {
    const s = sums[q]!;
    // Exact: offset is a power of two and every part is a whole number well below 2^31.
    const a = Math.floor(s / offset);
    const applicable = total - notApplicable[q]!;
    const share = applicable > 0 ? a / applicable : 0;
    completion += share;
    if (applicable > 0 && a > 0 && share >= least) histogram[at + s]!++;
    else withhold(tally, u, applicable, a, first + q);
  }
  tally.completion[u] = completion;
}

/** Each respondent's score from the packed sums, for compareRounds (NaN when withheld). */
function packedScores(block: Block, u: number, count: number, total: number, notApplicable: boolean, least: number, plan: BlockPlan): void {
  const { scores } = block;
  const sums = unpackSums(block, u, count, plan);
  const { offset } = plan;
  const out = u * BLOCK;
  for (let q = 0; q < count; q++) {
    const s = sums[q]!;
    const a = Math.floor(s / offset);
    const applicable = notApplicable ? total - block.notApplicable[q]! : total;
    scores[out + q] = applicable > 0 && a > 0 && a / applicable >= least ? (s - a * offset) / a : NaN;
  }
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
