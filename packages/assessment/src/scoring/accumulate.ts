import { issue, ScoringError, type AssessmentIssue } from '../errors';
import { NO_ANSWER, type Compiled, type Unit } from '../instrument/compile';
import type { Columns } from '../psychometrics/matrix';
import { BLOCK, newBlock, newUnitTally, prepareBlock, scoreBlock } from './block-scores';
import { readResponse, type AnswerSlots } from './responses';
import type { ValueCounter } from './summary';
import type { WithheldReason } from './unit-score';

/** One unit's scores across the group, with who was withheld and why. */
export interface UnitAccumulator {
  unit: Unit;
  /** Respondent r's score at `scores[r]` (NaN when withheld). */
  scores: Float64Array;
  /** Sum of each respondent's completion of the unit. */
  completion: number;
  byReason: Record<WithheldReason, number>;
  /** Positions of the respondents whose score was withheld. */
  withheld: number[];
  /** The scores counted as they were made (see `summaryFromCounter`). */
  counter: ValueCounter;
}

export interface Accumulated {
  /** Keyed answers by item (NaN when not answered). */
  keyed: Columns;
  /** Answers by item and status: `counts[i * 5 + status]`. */
  counts: Int32Array;
  accs: UnitAccumulator[];
  /** Responses with answers to items the instrument does not have. */
  unknown: number;
  ids: string[];
}

/**
 * Checks and scores every response in one pass, and keeps the keyed answers by column for the group
 * statistics. Problems anywhere in the list are gathered and reported together. `into`, if given,
 * holds the answer and score tables to fill (every cell is written here, so they need no clearing).
 *
 * Responses are read a block at a time into small buffers, scored there while they are in the
 * processor's cache, then copied out a column run at a time: writing every item and unit of each
 * response straight to the big tables would touch a hundred cache lines per response.
 */
export function accumulate(c: Compiled, input: unknown, prefix: (string | number)[] = [], into?: { keyed: Float64Array; scores: Float64Array }): Accumulated {
  if (!Array.isArray(input)) throw new ScoringError([issue(prefix, 'invalid_type', 'Expected a list of responses.')], 'list of responses');
  const n = input.length;
  const k = c.items.length;
  const units = c.packed.minCompletion.length;
  const keyed = into?.keyed.length === n * k ? into.keyed : new Float64Array(n * k);
  const scores = into?.scores.length === units * n ? into.scores : new Float64Array(units * n);
  const counts = new Int32Array(k * 5);
  const tally = newUnitTally(units);
  const block = newBlock(c);
  const slots: AnswerSlots = { status: block.status, keyed: block.keyed, stride: BLOCK, at: 0, unknown: [] };
  const issues: AssessmentIssue[] = [];
  const ids: string[] = new Array(n);
  let unknown = 0;
  let r = 0;
  const path = () => [...prefix, r];
  for (let from = 0; from < n; from += BLOCK) {
    const count = Math.min(BLOCK, n - from);
    block.status.fill(NO_ANSWER);
    block.keyed.fill(NaN);
    for (let q = 0; q < count; q++) {
      r = from + q;
      slots.at = q;
      const response = readResponse(c, input[r], path, issues, slots, true);
      if (!response) continue;
      ids[r] = response.respondentId;
      if (slots.unknown.length) unknown++;
    }
    // Once there is a problem to report, the rest are only checked: nothing is scored.
    if (issues.length) continue;
    scoreBlock(c, block, count, prepareBlock(c, block, count, counts), from, tally);
    for (let i = 0; i < k; i++) keyed.set(block.keyed.subarray(i * BLOCK, i * BLOCK + count), i * n + from);
    for (let u = 0; u < units; u++) scores.set(block.scores.subarray(u * BLOCK, u * BLOCK + count), u * n + from);
  }
  if (issues.length) throw new ScoringError(issues, 'list of responses');
  const accs: UnitAccumulator[] = c.all.map((unit, j) => {
    const u = c.packed.computationOf[j]!;
    return { unit, scores: scores.subarray(u * n, (u + 1) * n), completion: tally.completion[u]!, byReason: tally.byReason[u]!, withheld: tally.withheld[u]!, counter: tally.counters[u]! };
  });
  return { keyed: { rows: n, cols: k, data: keyed }, counts, accs, unknown, ids };
}
