import type { AssessmentRound } from '@nttp/domain';
import { z } from 'zod/v4';
import { parseOrThrow } from '../errors';
import { ANSWERED, DONT_KNOW, NO_ANSWER, NOT_APPLICABLE, SKIPPED, compile, type Compiled, type Unit } from '../instrument/compile';
import { accumulate, type UnitAccumulator, type WorkingTables } from './accumulate';
import type { Band, Instrument } from '../instrument/spec';
import { alphaFromCovariance, alphaOfColumns, type AlphaResult } from '../psychometrics/alpha';
import type { Covariance } from '../psychometrics/covariance';
import { itemMoments, scaleCovariance, summed, type GroupSums } from './blocks/scale-sums';
import { selectColumns, type Columns } from '../psychometrics/matrix';
import { scratchArray, type Scratch } from '../psychometrics/scratch';
import { rwgJFromVariances, variance } from '../psychometrics/rwg';
import { byUnit, matrixOf, type ByUnit, type Matrix } from './by-unit';
import { stamp, resolveInstrument, type InstrumentInput, type InstrumentStamp } from './instrument-ref';
import { DEFAULT_MIN_CELL_SIZE, isLedger, MinCellSizeSchema, type DisclosureLedger } from './disclosure';
import { columnNotes, commonRoundId } from './report-notes';
import { checkRound } from './responses';
import { disclosureGate, discloseReport } from './group-disclosure';
import type { Summary } from './summary';
import { unitRef, type UnitRef, type WithheldReason } from './unit-score';
import { bandWithAgreement } from './agreement-band';

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
  /** The mean's band; null when people's answers are too split for one band (rwg(j) below 0.5, see notes). */
  band: Band | null;
  /** Within-group agreement rwg(j) (James, Demaree & Wolf, 1984) over the unit's items, 0 to 1. */
  rwgJ: number | null;
  /** How many respondents had their score withheld, and why (never who: see the README's threat model). */
  withheld: { count: number; byReason: Record<WithheldReason, number> };
  /**
   * True when the statistics are not shown to protect privacy: fewer people than the minimum cell
   * size, or a smaller group could be worked out from figures already published (values null, n 0).
   * The median, quartiles, min and max are shown only from twice the minimum, since each is one
   * person's score or lies between two.
   */
  suppressed: boolean;
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
  itemStats: { itemId: string; rDrop: number | null; alphaIfDeleted: number | null }[];
}

export interface GroupReport extends ByUnit<GroupStat> {
  instrument: InstrumentStamp;
  respondents: number;
  /** True when nothing of this group is shown: it is smaller than the minimum cell size, or too close to a group already shown. */
  suppressed: boolean;
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
  /** The smallest group any figure is shown for. Default 5. */
  minCellSize: MinCellSizeSchema.default(DEFAULT_MIN_CELL_SIZE),
  /** A ledger shared by every call that publishes figures from this round, so none can be subtracted from another to reveal a small group. */
  ledger: z.custom<DisclosureLedger>(isLedger, { error: 'ledger is a DisclosureLedger from createDisclosureLedger().' }).optional(),
  /** Which round the ledger files these figures under; by default the round's id, or the responses' roundId. */
  roundId: z.string().min(1).optional(),
});
export type GroupOptions = z.input<typeof GroupOptionsSchema>;

/** scoreGroup's answer and score tables, reused between calls: nothing in its report points into them. */
const keyedScratch = scratchArray();
const scoresScratch = scratchArray();

function itemSummaries(c: Compiled, keyed: Columns, counts: Int32Array, sums: GroupSums): { items: Record<string, ItemSummary>; variances: Float64Array } {
  const out: Record<string, ItemSummary> = {};
  const variances = new Float64Array(c.items.length);
  c.items.forEach((item, i) => {
    const answered = counts[i * 5 + ANSWERED]!;
    let s: { mean: number | null; sd: number | null } = { mean: null, sd: null };
    if (answered > 0 && summed(sums, c, i)) {
      const { mean, variance } = itemMoments(sums, i, answered);
      s = { mean, sd: answered > 1 ? Math.sqrt(variance) : null };
    } else if (answered > 0) s = summariseColumn(keyed, i);
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

function groupStat(c: Compiled, acc: UnitAccumulator, itemVariances: Float64Array, respondents: number, consensus: Map<string, { rating: number; note?: string | undefined }>, few: number): GroupStat {
  const { unit } = acc;
  const summary = acc.summary();
  const n = respondents;
  const notes: string[] = [];
  let rwg: number | null = null;
  if (unit.options !== null && summary.n > 1) {
    const variances = Array.from(unit.items, (i) => itemVariances[i]!).filter((v) => !Number.isNaN(v));
    const result = rwgJFromVariances(variances, (unit.options ** 2 - 1) / 12);
    rwg = result.value;
    notes.push(...result.flags.filter((f) => f.code === 'rwg-out-of-range').map((f) => f.message));
  } else if (unit.options === null) notes.push('Agreement (rwg) needs a response scale with a range, so it is not shown here.');
  const banded = bandWithAgreement(unit.bands, summary.mean, rwg, unit.title);
  if (banded.note) notes.push(banded.note);
  if (summary.n > 0 && summary.n < few) notes.push(`Only ${summary.n} ${summary.n === 1 ? 'person has' : 'people have'} a score here: read these statistics with care.`);
  const stat: GroupStat = {
    unit: unitRef(unit),
    ...summary,
    respondents: n,
    completion: n ? acc.completion / n : 0,
    band: banded.band,
    rwgJ: rwg,
    withheld: { count: acc.withheld.length, byReason: acc.byReason },
    suppressed: false,
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

function diagnose(c: Compiled, unit: Unit, keyed: Columns, summed: Covariance | null): ScaleDiagnostics {
  const idx = Array.from(unit.items);
  const opts = { missing: 'pairwise', minRespondents: ALPHA_MIN_RESPONDENTS } as const;
  const result: AlphaResult = summed ? alphaFromCovariance(summed, keyed.rows, opts) : alphaOfColumns(selectColumns(keyed, idx), opts);
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
  const taken: [Scratch, Float64Array][] = [];
  const lend = (scratch: Scratch) => (length: number) => {
    const array = scratch.take(length);
    taken.push([scratch, array]);
    return array;
  };
  try {
    return groupReport(ins, c, responses, opts, round, { keyed: lend(keyedScratch), scores: lend(scoresScratch) });
  } finally {
    for (const [scratch, array] of taken) scratch.release(array);
  }
}

/** The report itself, on tables taken by scoreGroup (which hands them back once it is built). */
function groupReport(ins: Instrument, c: Compiled, responses: unknown, opts: z.output<typeof GroupOptionsSchema>, round: AssessmentRound | undefined, into: WorkingTables): GroupReport {
  const accumulated = accumulate(c, responses, [], into, opts.ledger !== undefined);
  const { keyed, counts, accs, unknown, respondents, sums } = accumulated;
  const consensus = new Map((round?.consensusRatings ?? opts.consensus ?? []).map((x) => [x.themeId, x]));
  const itemStats = itemSummaries(c, keyed, counts, sums);
  const stats = new Map(accs.map((acc) => [acc.unit, groupStat(c, acc, itemStats.variances, respondents, consensus, opts.fewRespondents)]));
  const get = (u: Unit) => stats.get(u)!;
  const notes: string[] = [];
  if (unknown) notes.push(`${unknown} response${unknown === 1 ? '' : 's'} had answers to items not in ${ins.title} ${ins.version}.`);
  notes.push(...columnNotes(ins, accumulated));
  for (const themeId of consensus.keys())
    if (!c.themes.some((t) => t.id === themeId)) notes.push(`A consensus rating was recorded for "${themeId}", which has no items in this instrument, so it is not shown.`);
  const report: GroupReport = {
    instrument: stamp(ins),
    respondents,
    suppressed: false,
    ...byUnit(c, get),
    matrix: matrixOf(c, get),
    items: itemStats.items,
    diagnostics: opts.diagnostics ? Object.fromEntries(c.scales.flatMap((u, k) => (u.items.length > 1 ? [[u.id, diagnose(c, u, keyed, scaleCovariance(sums, k, counts))]] : []))) : {},
    notes,
  };
  const roundKey = opts.ledger ? (opts.roundId ?? round?.id ?? commonRoundId(responses)) : null;
  return discloseReport(report, disclosureGate(ins, c, accumulated, opts.minCellSize, opts.ledger, roundKey));
}
