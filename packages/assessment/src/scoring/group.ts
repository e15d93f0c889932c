import type { AssessmentRound } from '@nttp/domain';
import { z } from 'zod';
import { issue, parseOrThrow, ScoringError, type AssessmentIssue } from '../errors';
import { ANSWERED, bandOf, DONT_KNOW, NO_ANSWER, NOT_APPLICABLE, SKIPPED, compile, type Compiled, type Unit } from '../instrument/compile';
import type { Band, Instrument } from '../instrument/spec';
import { alphaOfColumns, type AlphaResult } from '../psychometrics/alpha';
import { selectColumns, type Columns } from '../psychometrics/matrix';
import { scratchArray } from '../psychometrics/scratch';
import { rwgJFromVariances, variance } from '../psychometrics/rwg';
import { byUnit, matrixOf, type ByUnit, type Matrix } from './by-unit';
import { stamp, resolveInstrument, type InstrumentInput, type InstrumentStamp } from './instrument-ref';
import { checkRound, newClassified, readResponse, type Classified } from './responses';
import { summarise, type Summary } from './summary';
import { unitRef, type UnitRef, type WithheldReason } from './unit-score';

/** How one item was answered across the group (scored values after reverse keying). */
export interface ItemSummary {
  itemId: string;
  text: string;
  answered: number;
  notApplicable: number;
  dontKnow: number;
  skipped: number;
  noAnswer: number;
  mean: number | null;
  sd: number | null;
}

export interface ConsensusNote {
  /** The rating the group agreed in discussion, recorded beside the computed mean. */
  rating: number;
  note?: string;
  /** rating − computed mean (null when the mean is withheld). */
  differenceFromMean: number | null;
}

/** A unit's statistics across the group. */
export interface GroupStat extends Summary {
  unit: UnitRef;
  /** Responses in the group. */
  respondents: number;
  /** Mean completion of the unit across respondents, from 0 to 1. */
  completion: number;
  band: Band | null;
  /** Within-group agreement rwg(j) (James, Demaree & Wolf, 1984) over the unit's items, 0 to 1. */
  rwgJ: number | null;
  /** Respondents whose score was withheld, and why. */
  withheld: { count: number; byReason: Record<WithheldReason, number>; respondentIds: string[] };
  /** The items behind the statistics (details in the report's `items`). */
  itemIds: string[];
  /** Why there are no statistics (null when there are). */
  reason: string | null;
  consensus?: ConsensusNote;
  /** Plain notes on how to read this statistic. */
  notes: string[];
}

export interface ScaleDiagnostics {
  scaleId: string;
  alpha: number | null;
  standardizedAlpha: number | null;
  ci95: { lower: number; upper: number } | null;
  n: number;
  /** Item flags: negative r.drop (possible wrong keying), zero variance, too few respondents. */
  flags: { code: string; message: string; itemId?: string }[];
  itemStats: { itemId: string; rDrop: number; alphaIfDeleted: number }[];
}

export interface GroupReport extends ByUnit<GroupStat> {
  instrument: InstrumentStamp;
  respondents: number;
  matrix: Matrix<GroupStat>;
  items: Record<string, ItemSummary>;
  /** Reliability and item checks per scale, from the group's answers. */
  diagnostics: Record<string, ScaleDiagnostics>;
  notes: string[];
}

const ConsensusSchema = z.array(
  z.strictObject({ themeId: z.string(), rating: z.number().finite(), note: z.string().optional() }),
  { error: 'Consensus ratings are a list of { themeId, rating, note? }.' },
);

export const GroupOptionsSchema = z.strictObject({
  /** The round the responses belong to: its instrument must match, and its consensus ratings are shown. */
  round: z.unknown().optional(),
  /** Consensus ratings agreed in discussion, per theme (used when no round is given). */
  consensus: ConsensusSchema.optional(),
  /** Reliability checks per scale (Cronbach's alpha and item flags). Default true. */
  diagnostics: z.boolean().default(true),
  /** Below this many respondents, statistics carry a note to read them with care. Default 5. */
  fewRespondents: z.number().int().min(1).default(5),
});
export type GroupOptions = z.input<typeof GroupOptionsSchema>;

interface UnitAccumulator {
  unit: Unit;
  scores: Float64Array;
  completion: number;
  byReason: Record<WithheldReason, number>;
  withheld: number[];
}

/** Respondents gathered in small buffers before they are copied out to the columns. */
const BLOCK = 128;

/**
 * One respondent's score on every unit, into `out` at `out[u * BLOCK + q]`: the same rule as
 * `tally`, unrolled over all units at once. Withheld scores are NaN, with the reason counted.
 */
function scoreUnits(c: Compiled, answers: Classified, out: Float64Array, q: number, completion: Float64Array, r: number, shared: { byReason: Record<WithheldReason, number>; withheld: number[] }[]): void {
  const { start, items, weights, minCompletion } = c.packed;
  const status = answers.status;
  const values = answers.keyed;
  const excludeNA = c.excludeNotApplicable;
  const units = minCompletion.length;
  for (let u = 0; u < units; u++) {
    let answered = 0;
    let na = 0;
    let sum = 0;
    let wsum = 0;
    const from = start[u]!;
    const end = start[u + 1]!;
    for (let p = from; p < end; p++) {
      const i = items[p]!;
      const st = status[i]!;
      if (st === ANSWERED) {
        const w = weights[p]!;
        answered++;
        sum += w * values[i]!;
        wsum += w;
      } else if (st === NOT_APPLICABLE) na++;
    }
    const applicable = excludeNA ? end - from - na : end - from;
    const share = applicable > 0 ? answered / applicable : 0;
    completion[u]! += share;
    if (applicable > 0 && answered > 0 && share >= minCompletion[u]! - 1e-12) out[u * BLOCK + q] = sum / wsum;
    else {
      out[u * BLOCK + q] = NaN;
      const reason: WithheldReason = applicable === 0 ? 'nothing-applicable' : answered === 0 ? 'no-answers' : 'below-completion';
      shared[u]!.byReason[reason]++;
      shared[u]!.withheld.push(r);
    }
  }
}

/** scoreGroup's answer and score tables, reused between calls: nothing in its report points into them. */
const keyedScratch = scratchArray();
const scoresScratch = scratchArray();

/**
 * Checks and scores every response in one pass, and keeps the keyed answers by column for the group
 * statistics. Problems anywhere in the list are gathered and reported together. `into`, if given,
 * holds the answer and score tables to fill (every cell is written here, so they need no clearing).
 */
export function accumulate(c: Compiled, input: unknown, prefix: (string | number)[] = [], into?: { keyed: Float64Array; scores: Float64Array }) {
  if (!Array.isArray(input)) throw new ScoringError([issue(prefix, 'invalid_type', 'Expected a list of responses.')], 'list of responses');
  const n = input.length;
  const k = c.items.length;
  const { minCompletion, computationOf } = c.packed;
  const units = minCompletion.length;
  const keyed = into?.keyed.length === n * k ? into.keyed : new Float64Array(n * k);
  const scores = into?.scores.length === units * n ? into.scores : new Float64Array(units * n);
  const counts = new Int32Array(k * 5);
  const shared = Array.from({ length: units }, (_, u) => ({
    scores: scores.subarray(u * n, (u + 1) * n),
    byReason: { 'nothing-applicable': 0, 'no-answers': 0, 'below-completion': 0 } as Record<WithheldReason, number>,
    withheld: [] as number[],
  }));
  const scratch = newClassified(c);
  const completion = new Float64Array(units);
  const issues: AssessmentIssue[] = [];
  const ids: string[] = new Array(n);
  // A block of responses is gathered in small buffers, then copied out a column run at a time:
  // writing every column and unit for each response would touch a hundred cache lines per response.
  // Both buffers are by column (BLOCK values per item or unit), so each column run is one copy.
  const keyedBlock = new Float64Array(BLOCK * k);
  const scoreBlock = new Float64Array(BLOCK * units);
  const flush = (from: number, count: number) => {
    for (let i = 0; i < k; i++) keyed.set(keyedBlock.subarray(i * BLOCK, i * BLOCK + count), i * n + from);
    for (let u = 0; u < units; u++) scores.set(scoreBlock.subarray(u * BLOCK, u * BLOCK + count), u * n + from);
  };
  let unknown = 0;
  let r = 0;
  const path = () => [...prefix, r];
  for (; r < n; r++) {
    const q = r % BLOCK;
    if (q === 0 && r > 0) flush(r - BLOCK, BLOCK);
    const response = readResponse(c, input[r], path, issues, scratch);
    if (!response) continue;
    ids[r] = response.respondentId;
    if (scratch.unknown.length) unknown++;
    const { status, keyed: values } = scratch;
    for (let i = 0; i < k; i++) {
      counts[i * 5 + status[i]!]!++;
      keyedBlock[i * BLOCK + q] = values[i]!;
    }
    scoreUnits(c, scratch, scoreBlock, q, completion, r, shared);
  }
  if (n > 0) flush(n - 1 - ((n - 1) % BLOCK), ((n - 1) % BLOCK) + 1);
  const accs: UnitAccumulator[] = c.all.map((unit, j) => ({ unit, ...shared[computationOf[j]!]!, completion: completion[computationOf[j]!]! }));
  if (issues.length) throw new ScoringError(issues, 'list of responses');
  return { keyed: { rows: n, cols: k, data: keyed } as Columns, counts, accs, unknown, ids };
}

function itemSummaries(c: Compiled, keyed: Columns, counts: Int32Array): { items: Record<string, ItemSummary>; variances: Float64Array } {
  const out: Record<string, ItemSummary> = {};
  const variances = new Float64Array(c.items.length);
  c.items.forEach((item, i) => {
    const s = summariseColumn(keyed, i);
    variances[i] = s.sd === null ? NaN : s.sd * s.sd;
    out[item.id] = {
      itemId: item.id,
      text: item.text,
      answered: counts[i * 5 + ANSWERED]!,
      notApplicable: counts[i * 5 + NOT_APPLICABLE]!,
      dontKnow: counts[i * 5 + DONT_KNOW]!,
      skipped: counts[i * 5 + SKIPPED]!,
      noAnswer: counts[i * 5 + NO_ANSWER]!,
      mean: s.mean,
      sd: s.sd,
    };
  });
  return { items: out, variances };
}

function summariseColumn(m: Columns, c: number): { mean: number | null; sd: number | null } {
  const col = m.data.subarray(c * m.rows, (c + 1) * m.rows);
  const { n, mean, variance: v } = variance(col);
  if (!n) return { mean: null, sd: null };
  return { mean, sd: n > 1 ? Math.sqrt(v) : null };
}

function groupStat(c: Compiled, acc: UnitAccumulator, itemVariances: Float64Array, ids: string[], consensus: Map<string, { rating: number; note?: string | undefined }>, few: number, work: Float64Array): GroupStat {
  const { unit } = acc;
  const summary = summaryOf(acc.scores, work);
  const n = ids.length;
  const notes: string[] = [];
  let rwg: number | null = null;
  if (unit.options !== null && summary.n > 1) {
    const variances = Array.from(unit.items, (i) => itemVariances[i]!).filter((v) => !Number.isNaN(v));
    const result = rwgJFromVariances(variances, (unit.options ** 2 - 1) / 12);
    rwg = result.value;
    notes.push(...result.flags.filter((f) => f.code === 'rwg-out-of-range').map((f) => f.message));
  } else if (unit.options === null) notes.push('Agreement (rwg) needs a response scale with a range, so it is not shown here.');
  if (summary.n > 0 && summary.n < few) notes.push(`Only ${summary.n} ${summary.n === 1 ? 'person has' : 'people have'} a score here: read these statistics with care.`);
  const stat: GroupStat = {
    unit: unitRef(unit),
    ...summary,
    respondents: n,
    completion: n ? acc.completion / n : 0,
    band: summary.mean === null ? null : bandOf(unit.bands, summary.mean),
    rwgJ: rwg,
    withheld: { count: acc.withheld.length, byReason: acc.byReason, respondentIds: acc.withheld.map((r) => ids[r]!) },
    itemIds: Array.from(unit.items, (i) => c.items[i]!.id),
    reason: summary.n === 0 ? (n === 0 ? 'There are no responses yet.' : `No respondent has a score for ${unit.title} yet: every score was withheld (see withheld for why).`) : null,
    notes,
  };
  const agreed = unit.kind === 'theme' ? consensus.get(unit.id) : undefined;
  if (agreed) stat.consensus = { rating: agreed.rating, ...(agreed.note ? { note: agreed.note } : {}), differenceFromMean: summary.mean === null ? null : agreed.rating - summary.mean };
  return stat;
}

/** Below this many respondents, alpha carries a note to treat it as a rough guide. */
const ALPHA_MIN_RESPONDENTS = 30;

function diagnose(c: Compiled, unit: Unit, keyed: Columns): ScaleDiagnostics {
  const idx = Array.from(unit.items);
  const result: AlphaResult = alphaOfColumns(selectColumns(keyed, idx), { missing: 'pairwise', minRespondents: ALPHA_MIN_RESPONDENTS });
  const itemId = (col: number | undefined) => (col === undefined ? undefined : c.items[idx[col]!]!.id);
  return {
    scaleId: unit.id,
    alpha: result.alpha,
    standardizedAlpha: result.standardizedAlpha,
    ci95: result.ci95,
    n: result.n,
    flags: result.flags.map((f) => {
      const id = itemId(f.item);
      return { code: f.code, message: id ? f.message.replace(`Item ${(f.item as number) + 1}`, `Item "${id}"`) : f.message, ...(id ? { itemId: id } : {}) };
    }),
    itemStats: result.itemStats.map((s) => ({ itemId: itemId(s.item)!, rDrop: s.rDrop, alphaIfDeleted: s.alphaIfDeleted })),
  };
}

/** Summaries of the score columns, each worked out once even when units share a column. */
const summaryCache = new WeakMap<Float64Array, Summary>();
function summaryOf(scores: Float64Array, work: Float64Array): Summary {
  let s = summaryCache.get(scores);
  if (!s) summaryCache.set(scores, (s = summarise(scores, work)));
  return s;
}

/**
 * Scores a group (such as a TIPIG) and reports, per overall / scale / theme / principle / theme ×
 * principle: mean, median, n, completion, spread (sd, range, quartiles) and within-group agreement
 * rwg(j), with any consensus rating recorded beside the theme, plus reliability checks per scale.
 */
export function scoreGroup(instrument: InstrumentInput, responses: unknown, options: GroupOptions = {}): GroupReport {
  const ins = resolveInstrument(instrument);
  const opts = parseOrThrow(GroupOptionsSchema, options, 'set of options', ['options']);
  const round = opts.round === undefined ? undefined : checkRound(ins, opts.round, ['options', 'round']);
  const c = compile(ins);
  const n = Array.isArray(responses) ? responses.length : 0;
  const into = { keyed: keyedScratch.take(n * c.items.length), scores: scoresScratch.take(n * c.packed.minCompletion.length) };
  try {
    return groupReport(ins, c, responses, opts, round, into);
  } finally {
    keyedScratch.release(into.keyed);
    scoresScratch.release(into.scores);
  }
}

/** The report itself, on tables taken by scoreGroup (which hands them back once it is built). */
function groupReport(ins: Instrument, c: Compiled, responses: unknown, opts: z.output<typeof GroupOptionsSchema>, round: AssessmentRound | undefined, into: { keyed: Float64Array; scores: Float64Array }): GroupReport {
  const { keyed, counts, accs, unknown, ids } = accumulate(c, responses, [], into);
  const consensus = new Map((round?.consensusRatings ?? opts.consensus ?? []).map((x) => [x.themeId, x]));
  const itemStats = itemSummaries(c, keyed, counts);
  const work = new Float64Array(ids.length);
  const stats = new Map(accs.map((acc) => [acc.unit, groupStat(c, acc, itemStats.variances, ids, consensus, opts.fewRespondents, work)]));
  const get = (u: Unit) => stats.get(u)!;
  const notes: string[] = [];
  if (unknown) notes.push(`${unknown} response${unknown === 1 ? '' : 's'} had answers to items not in ${ins.title} ${ins.version}; those answers were left aside.`);
  for (const themeId of consensus.keys())
    if (!c.themes.some((t) => t.id === themeId)) notes.push(`A consensus rating was recorded for "${themeId}", which has no items in this instrument, so it is not shown.`);
  return {
    instrument: stamp(ins),
    respondents: ids.length,
    ...byUnit(c, get),
    matrix: matrixOf(c, get),
    items: itemStats.items,
    diagnostics: opts.diagnostics ? Object.fromEntries(c.scales.filter((u) => u.items.length > 1).map((u) => [u.id, diagnose(c, u, keyed)])) : {},
    notes,
  };
}

