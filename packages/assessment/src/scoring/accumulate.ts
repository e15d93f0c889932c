import { issue, ScoringError, type AssessmentIssue } from '../errors';
import { NO_ANSWER, type Compiled, type Unit } from '../instrument/compile';
import type { Columns } from '../psychometrics/matrix';
import { BLOCK, newBlock, prepareBlock, prepareColumn } from './blocks/block';
import { planOf, type BlockPlan } from './blocks/plan';
import { newUnitTally, scoreBlock, type UnitTally } from './blocks/unit-scores';
import { addBlockSums, columnNeeded, newGroupSums, type GroupSums } from './blocks/scale-sums';
import { duplicateIssues, repeatedIds } from './identity';
import { readResponses, type AnswerSlots } from './responses';
import { isTable, openTable, readTableRows } from './table';
import { summaryFromCounter, summaryOfPacked, type Summary } from './summary';
import type { WithheldReason } from './unit-score';

/** One unit's scores across the group, with who was withheld and why. */
export interface UnitAccumulator {
  unit: Unit;
  /** Respondent r's score at `scores[r]` (NaN when withheld); null unless asked for with `keepScores`. */
  scores: Float64Array | null;
  /** Sum of each respondent's completion of the unit. */
  completion: number;
  byReason: Record<WithheldReason, number>;
  /** Positions of the respondents whose score was withheld. */
  withheld: number[];
  /** The summary of the scores given, from the counts kept while scoring (worked out once per computation). */
  summary: (scratch?: Float64Array) => Summary;
}

/** Where accumulate takes its big tables from (scoreGroup lends reused ones); every cell used is written. */
export interface WorkingTables {
  keyed: (length: number) => Float64Array;
  scores: (length: number) => Float64Array;
}

export interface Accumulated {
  /**
   * Keyed answers by item (NaN when not answered). Only the columns `columnNeeded` names are filled
   * unless `keepScores` is set: the others hold whatever the reused table held before.
   */
  keyed: Columns;
  /** Answers by item and status: `counts[i * 5 + status]`. */
  counts: Int32Array;
  accs: UnitAccumulator[];
  /** Responses with answers to items the instrument does not have. */
  unknown: number;
  /** The answer keys or table columns that are not items of the instrument, each once. */
  unknownKeys: string[];
  /** Items with no column in a table (so answered by nobody); empty for response documents. */
  missingItemIds: string[];
  respondents: number;
  /** Respondent r's id; null for a table given without respondent ids (its rows are nobody in particular). */
  idOf: ((r: number) => string) | null;
  /** Sums for the item statistics and scale reliabilities. */
  sums: GroupSums;
}

/**
 * Checks and scores every response in one pass, and keeps the keyed answers by column for the group
 * statistics. Problems anywhere in the list are gathered and reported together. `into`, if given,
 * lends the answer and score tables to fill (every cell read is written here, so they need no clearing).
 * With `keepScores`, every respondent's score on every unit is kept (compareRounds matches people).
 *
 * Responses are read a block at a time into small buffers, scored there while they are in the
 * processor's cache, then copied out a column run at a time: writing every item and unit of each
 * response straight to the big tables would touch a hundred cache lines per response.
 */
export function accumulate(c: Compiled, input: unknown, prefix: (string | number)[] = [], into?: WorkingTables, keepScores = false): Accumulated {
  const table = isTable(input) ? openTable(c, input, prefix) : null;
  if (!table && !Array.isArray(input)) throw new ScoringError([issue(prefix, 'invalid_type', 'Expected a list of responses, or a table of answers { itemIds, rows }.')], 'list of responses');
  const list = input as unknown[];
  const n = table ? table.rows.length : list.length;
  const k = c.items.length;
  const units = c.packed.minCompletion.length;
  const counts = new Int32Array(k * 5);
  const tally = newUnitTally(c);
  const sums = newGroupSums(c, n);
  // Columns of keyed answers read after scoring: compareRounds reads them all, scoreGroup only those it cannot sum.
  const keep = Uint8Array.from({ length: k }, (_, i) => (keepScores || columnNeeded(sums, c, i) ? 1 : 0));
  const plan = planOf(c);
  // Score columns are needed for the general way of counting (when its counter fills) and by compareRounds.
  const column = Uint8Array.from({ length: units }, (_, u) => (keepScores || plan.histogramAt[u]! < 0 ? 1 : 0));
  // The big tables are made only when some column is kept (so usually not at all for scoreGroup).
  const workingTable = (kind: keyof WorkingTables, length: number, needed: boolean) => (!needed ? new Float64Array(0) : into ? into[kind](length) : new Float64Array(length));
  const keyed = workingTable('keyed', n * k, keep.includes(1));
  const scores = workingTable('scores', units * n, column.includes(1));
  const block = newBlock(c);
  const slots: AnswerSlots = { status: block.status, keyed: block.keyed, stride: BLOCK, at: 0, unknown: [] };
  const issues: AssessmentIssue[] = [];
  const ids: string[] = new Array(n);
  const unknownKeys = new Set<string>(table?.unknownColumns);
  let unknown = 0;
  for (let from = 0; from < n; from += BLOCK) {
    const count = Math.min(BLOCK, n - from);
    block.status.fill(NO_ANSWER);
    block.keyed.fill(NaN);
    if (table) {
      unknown += readTableRows(c, table, from, count, slots, issues, prefix, (i) => prepareColumn(c, block, i, count, counts, sums));
      for (const i of table.missingItems) prepareColumn(c, block, i, count, counts, sums);
    } else unknown += readResponses(c, list, from, count, slots, issues, (r) => [...prefix, r], ids, unknownKeys);
    // Once there is a problem to report, the rest are only checked: nothing is scored.
    if (issues.length) continue;
    if (!table) prepareBlock(c, block, count, counts, sums);
    addBlockSums(sums, block, count);
    scoreBlock(c, block, count, from, tally, keepScores);
    for (let i = 0; i < k; i++) if (keep[i]) keyed.set(block.keyed.subarray(i * BLOCK, i * BLOCK + count), i * n + from);
    for (let u = 0; u < units; u++) if (column[u]) scores.set(block.scores.subarray(u * BLOCK, u * BLOCK + count), u * n + from);
  }
  // One person, one row: a repeated id would count someone twice and pair them twice across rounds.
  const idOf = table ? table.respondentId : (r: number) => ids[r]!;
  if (!issues.length && idOf) issues.push(...duplicateIssues(repeatedIds(idOf, n), (r) => (table ? [...prefix, 'respondentIds', r] : [...prefix, r, 'respondentId']), table ? 'row' : 'response'));
  if (issues.length) throw new ScoringError(issues, table ? 'table of answers' : 'list of responses');
  const summaries = new Map<number, Summary>();
  // How many were given each packed sum: everyone counted where all items applied, from the sum that gives a score on, plus the others given one.
  const givenCounts = (u: number) => {
    const at = plan.histogramAt[u]!;
    const length = plan.histogramLength[u]!;
    const all = tally.histogram.subarray(at, at + length);
    const given = Int32Array.from(tally.givenHistogram.subarray(at, at + length));
    const limit = plan.fewestAnswers[u]! * plan.offset;
    for (let s = limit; s < length; s++) given[s]! += all[s]!;
    return given;
  };
  const accs: UnitAccumulator[] = c.all.map((unit, j) => {
    const u = c.packed.computationOf[j]!;
    const scoresOf = column[u] ? scores.subarray(u * n, (u + 1) * n) : null;
    const summary = (scratch?: Float64Array) => {
      let s = summaries.get(u);
      if (!s) {
        s = plan.histogramAt[u]! >= 0 ? summaryOfPacked(givenCounts(u), plan.offset) : summaryFromCounter(tally.counters[u]!, scoresOf!, scratch);
        summaries.set(u, s);
      }
      return s;
    };
    return { unit, scores: scoresOf, completion: completionOf(c, plan, tally, u), byReason: tally.byReason[u]!, withheld: tally.withheld[u]!, summary };
  });
  const missingItemIds = table ? table.missingItems.map((i) => c.items[i]!.id) : [];
  return { keyed: { rows: n, cols: k, data: keyed }, counts, accs, unknown, unknownKeys: [...unknownKeys], missingItemIds, respondents: n, idOf, sums };
}

/** The sum of everyone's completion of computation u: counted one by one, plus what the packed counts hold. */
function completionOf(c: Compiled, plan: BlockPlan, tally: UnitTally, u: number): number {
  let completion = tally.completion[u]!;
  const at = plan.histogramAt[u]!;
  if (at < 0) return completion;
  const total = c.packed.start[u + 1]! - c.packed.start[u]!;
  const { offset } = plan;
  for (let s = 0; s < plan.histogramLength[u]!; s++) {
    const count = tally.histogram[at + s]!;
    if (count) completion += (count * Math.floor(s / offset)) / total;
  }
  return completion;
}
