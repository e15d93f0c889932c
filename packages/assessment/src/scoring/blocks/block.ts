/*
 * How scoreGroup works through a large group, a block of people at a time (see ../accumulate.ts):
 * the answers are read into the block's buffers (`block.ts`), laid out for summing (`prepareColumn`),
 * gathered into each scale's cross-products (`scale-sums.ts`), and scored unit by unit
 * (`unit-scores.ts`), following a plan made once per instrument (`plan.ts`).
 * Every shortcut here gives the numbers ../reference-scorer.ts states plainly; its property tests
 * hold the two equal.
 */
import { ANSWERED, DONT_KNOW, NO_ANSWER, NOT_APPLICABLE, SKIPPED, type Compiled } from '../../instrument/compile';
import { planOf } from './plan';

/**
 * Respondents scored together: their answers sit side by side, item by item, in small buffers. A
 * multiple of three (the people packed into one number), and measured quicker than 96 or 128.
 */
export const BLOCK = 192;

/** A block of respondents' answers and scores, by column: item i of respondent q is at `i * BLOCK + q`. */
export interface Block {
  /** Why an item has no keyed value (an item with one is answered: see AnswerSlots). */
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
  const width2 = laneWidth * laneWidth;
  for (let q = 0; q < count; ) {
    // Three respondents a step, with no branch, while all three answered (the common case).
    if (lanes === 3 && lane === 0 && q + 2 < count) {
      const v0 = keyed[off + q]!;
      const v1 = keyed[off + q + 1]!;
      const v2 = keyed[off + q + 2]!;
      if (v0 === v0 && v1 === v1 && v2 === v2) {
        answered += 3;
        total += v0 + v1 + v2;
        squares += v0 * v0 + v1 * v1 + v2 * v2;
        packed[g++] = v0 + offset + (v1 + offset) * laneWidth + (v2 + offset) * width2;
        zeroed[off + q] = v0;
        zeroed[off + q + 1] = v1;
        zeroed[off + q + 2] = v2;
        q += 3;
        continue;
      }
    }
    // Otherwise one respondent at a time.
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
    q++;
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
