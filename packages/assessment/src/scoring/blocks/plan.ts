import type { Compiled } from '../../instrument/compile';
import { withheldFor } from '../unit-score';

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

/**
 * Largest shared table of sums (entries); beyond it every computation is scored the general way. At
 * 2^18 the two tables of counts (4 bytes an entry) take 2 MB, about what stays in the processor's
 * cache, so counting into them stays quick.
 */
const MAX_HISTOGRAM = 1 << 18;

const plans = new WeakMap<Compiled, BlockPlan>();

/** The plan for an instrument, made on first use and kept with its compiled form. */
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

/** For each computation, the fewest answers that reach its minimum completion (by the one rule, `withheldFor`). */
function fewestAnswersOf(c: Compiled): Int32Array {
  const { start, minCompletion, leastItems } = c.packed;
  return Int32Array.from(minCompletion, (share, u) => {
    const total = start[u + 1]! - start[u]!;
    for (let a = 1; a <= total; a++) if (withheldFor(a, total, share, leastItems[u]!) === null) return a;
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
