import { z } from 'zod/v4';
import { issue, parseOrThrow, ScoringError } from '../errors';
import { compile, type Unit } from '../instrument/compile';
import type { Instrument } from '../instrument/spec';
import { accumulate, type Accumulated } from './accumulate';
import { byUnit, type ByUnit } from './by-unit';
import { DEFAULT_MIN_CELL_SIZE, DisclosureLedger, isLedger, MinCellSizeSchema } from './disclosure';
import { stamp, resolveInstrument, type InstrumentInput, type InstrumentStamp } from './instrument-ref';
import { paired, welch, type MeanDifference } from './mean-difference';
import { columnNotes, commonRoundId, quantityOf } from './report-notes';
import { checkRound } from './responses';
import { unitRef, type UnitRef } from './unit-score';

export interface RoundSummary {
  /** Null when suppressed (fewer people than the minimum cell size, or a smaller group could be worked out). */
  mean: number | null;
  sd: number | null;
  /** People with a score (0 when suppressed). */
  n: number;
  suppressed: boolean;
}

/** What the numbers say about a change, and only what they carry. */
export type ChangeVerdict = 'higher' | 'lower' | 'no-clear-change' | 'too-few-to-judge';

export interface Change {
  unit: UnitRef;
  baseline: RoundSummary;
  followUp: RoundSummary;
  /** Follow-up mean − baseline mean (null when either is missing or suppressed). */
  change: number | null;
  /** The two rounds compared as groups: Welch's t test, with Hedges' g. Null when either round is too small to show. */
  rounds: MeanDifference | null;
  /** The people who answered both rounds (matched by respondent id): the paired t test on each one's change, with Hedges' g_av. */
  stayers: MeanDifference | null;
  /**
   * `higher` or `lower` only when the confidence interval of the difference leaves out 0;
   * `no-clear-change` when it includes 0; `too-few-to-judge` when too few people were scored.
   */
  verdict: ChangeVerdict;
  /** Which comparison the verdict rests on: the stayers when enough people answered both rounds, otherwise the rounds as groups. */
  basis: 'stayers' | 'rounds' | null;
  /** Why there is no verdict, or why part of the comparison is not shown, in plain words (null when all is shown). */
  reason: string | null;
}

export interface CompareReport extends ByUnit<Change> {
  instrument: InstrumentStamp;
  /** `paired` when both rounds carry respondent ids; `unpaired` otherwise (nobody is matched across rounds). */
  pairing: 'paired' | 'unpaired';
  /** Who answered both rounds, who joined at follow-up and who left after the baseline (null when unpaired). */
  people: { both: number; joined: number; left: number } | null;
  baselineRespondents: number;
  followUpRespondents: number;
  minCellSize: number;
  minToJudge: number;
  notes: string[];
}

const CompareOptionsSchema = z.strictObject({
  baselineRound: z.unknown().optional(),
  followUpRound: z.unknown().optional(),
  /** The smallest group any figure is shown for. Default 5. */
  minCellSize: MinCellSizeSchema.default(DEFAULT_MIN_CELL_SIZE),
  /** The fewest people (per round, or matched) a verdict is given from. Default 10. */
  minToJudge: z.number().int({ error: 'minToJudge is a whole number, like 10.' }).min(2, { error: 'minToJudge is at least 2: a difference needs two people on each side.' }).default(10),
  /** Confidence level of the intervals. Default 0.95. */
  level: z.number().gt(0.5, { error: 'The confidence level is between 0.5 and 1, like 0.95.' }).lt(1, { error: 'The confidence level is between 0.5 and 1, like 0.95.' }).default(0.95),
  /** A ledger shared with the other calls that publish figures from these rounds (see the README's threat model). */
  ledger: z.custom<DisclosureLedger>(isLedger, { error: 'ledger is a DisclosureLedger from createDisclosureLedger().' }).optional(),
});
export type CompareOptions = z.input<typeof CompareOptionsSchema>;

/**
 * Compares a baseline round with a follow-up, per overall, scale, theme and principle: both means,
 * a confidence interval for the difference (Welch's t test for the rounds as groups; the paired t test
 * for the people who answered both), an effect size, who stayed, joined and left, and a verdict only
 * where the interval carries one. The reliable change index belongs to one person's change, never to
 * group means: see `compareResponses`.
 */
export function compareRounds(instrument: InstrumentInput, baseline: unknown, followUp: unknown, options: CompareOptions = {}): CompareReport {
  const ins = resolveInstrument(instrument);
  const opts = parseOrThrow(CompareOptionsSchema, options, 'set of options', ['options']);
  const baselineRound = opts.baselineRound === undefined ? undefined : checkRound(ins, opts.baselineRound, ['options', 'baselineRound']);
  const followUpRound = opts.followUpRound === undefined ? undefined : checkRound(ins, opts.followUpRound, ['options', 'followUpRound']);
  const c = compile(ins);
  const [first, second] = both(() => accumulate(c, baseline, ['baseline'], undefined, true), () => accumulate(c, followUp, ['followUp'], undefined, true));
  if (opts.ledger && (!first.idOf || !second.idOf))
    throw new ScoringError([issue([first.idOf ? 'followUp' : 'baseline', 'respondentIds'], 'ids-needed', 'A ledger tracks people by respondent id: add respondentIds to the table, or compare without a ledger.')], 'pair of rounds');
  const min = Math.max(opts.minCellSize, opts.ledger?.minCellSize ?? 1);
  const ledger = opts.ledger ?? (first.idOf && second.idOf ? new DisclosureLedger({ minCellSize: min }) : null);
  const keys = [baselineRound?.id ?? commonRoundId(baseline) ?? 'baseline', followUpRound?.id ?? commonRoundId(followUp) ?? 'follow-up'] as const;
  const pairs = matchPeople(first, second);
  const judge = { ins, min, minToJudge: opts.minToJudge, level: opts.level, ledger, keys, pairs };
  const results = c.all.map((unit, k) => (unit.kind === 'cell' ? null : change(judge, unit, k, first, second)));
  const of = (u: Unit) => results[c.all.indexOf(u)]!;
  return {
    instrument: stamp(ins),
    pairing: pairs ? 'paired' : 'unpaired',
    people: pairs ? { both: pairs.length, joined: second.respondents - pairs.length, left: first.respondents - pairs.length } : null,
    baselineRespondents: first.respondents,
    followUpRespondents: second.respondents,
    minCellSize: min,
    minToJudge: opts.minToJudge,
    ...byUnit(c, of),
    notes: compareNotes(ins, first, second, pairs !== null, min, opts),
  };
}

/** The positions of the people in both rounds, as [baseline, follow-up] pairs; null without respondent ids. */
function matchPeople(first: Accumulated, second: Accumulated): (readonly [number, number])[] | null {
  if (!first.idOf || !second.idOf) return null;
  const after = new Map<string, number>();
  for (let j = 0; j < second.respondents; j++) after.set(second.idOf(j), j);
  const pairs: (readonly [number, number])[] = [];
  for (let i = 0; i < first.respondents; i++) {
    const j = after.get(first.idOf(i));
    if (j !== undefined) pairs.push([i, j]);
  }
  return pairs;
}

interface Judge {
  ins: Instrument;
  min: number;
  minToJudge: number;
  level: number;
  ledger: DisclosureLedger | null;
  keys: readonly [string, string];
  pairs: (readonly [number, number])[] | null;
}

const scoredPositions = (scores: Float64Array) => {
  const out: number[] = [];
  for (let r = 0; r < scores.length; r++) if (scores[r] === scores[r]) out.push(r);
  return out;
};

function change(j: Judge, unit: Unit, k: number, first: Accumulated, second: Accumulated): Change {
  const x = first.accs[k]!.scores!;
  const y = second.accs[k]!.scores!;
  const quantity = quantityOf(j.ins, unit);
  const inFirst = scoredPositions(x);
  const inSecond = scoredPositions(y);
  // A round's figures are shown when it has enough people and the ledger lets no smaller group be worked out.
  const show = (positions: number[], round: 0 | 1) => positions.length >= j.min && (!j.ledger || j.ledger.publish(j.keys[round], quantity, positions.map((r) => (round ? second : first).idOf!(r)), j.min));
  const showFirst = show(inFirst, 0);
  const showSecond = show(inSecond, 1);
  const summary = (acc: Accumulated, shown: boolean): RoundSummary => {
    const s = acc.accs[k]!.summary();
    return shown ? { mean: s.mean, sd: s.sd, n: s.n, suppressed: false } : { mean: null, sd: null, n: 0, suppressed: s.n > 0 };
  };
  const baseline = summary(first, showFirst);
  const followUp = summary(second, showSecond);
  const rounds = showFirst && showSecond ? welch(Float64Array.from(inFirst, (r) => x[r]!), Float64Array.from(inSecond, (r) => y[r]!), j.level) : null;
  const matched = j.pairs ? j.pairs.filter(([a, b]) => x[a] === x[a] && y[b] === y[b]) : null;
  // The stayers' change is shown only when neither round's remainder (those who left, or joined) is a group small enough to be worked out.
  const showStayers =
    matched !== null &&
    matched.length >= j.min &&
    showFirst &&
    showSecond &&
    j.ledger!.publish(j.keys[0], quantity, matched.map(([a]) => first.idOf!(a)), j.min) &&
    j.ledger!.publish(j.keys[1], quantity, matched.map(([, b]) => second.idOf!(b)), j.min);
  const stayers = showStayers ? paired(Float64Array.from(matched, ([a]) => x[a]!), Float64Array.from(matched, ([, b]) => y[b]!), j.level) : null;
  // The stayers carry the verdict when they are enough to judge and most of each round; otherwise (many
  // joined or left, so the stayers speak for few) the rounds as groups do.
  const mostStayed = stayers !== null && 2 * stayers.n >= Math.max(baseline.n, followUp.n);
  const basis = stayers && stayers.n >= j.minToJudge && (mostStayed || !rounds) ? 'stayers' : rounds && baseline.n >= j.minToJudge && followUp.n >= j.minToJudge ? 'rounds' : null;
  const judged = basis === 'stayers' ? stayers : basis === 'rounds' ? rounds : null;
  const verdict: ChangeVerdict = !judged ? 'too-few-to-judge' : judged.ci.lower > 0 ? 'higher' : judged.ci.upper < 0 ? 'lower' : 'no-clear-change';
  return {
    unit: unitRef(unit),
    baseline,
    followUp,
    change: baseline.mean !== null && followUp.mean !== null ? followUp.mean - baseline.mean : null,
    rounds,
    stayers,
    verdict,
    basis,
    reason: reasonFor(j, unit, baseline, followUp, matched, showStayers, judged),
  };
}

function reasonFor(j: Judge, unit: Unit, baseline: RoundSummary, followUp: RoundSummary, matched: unknown[] | null, showStayers: boolean, judged: MeanDifference | null): string | null {
  const parts: string[] = [];
  for (const [round, s] of [['baseline', baseline], ['follow-up', followUp]] as const) {
    if (s.suppressed) parts.push(`The ${round} figures for ${unit.title} are not shown, to protect the privacy of a small group (the smallest group shown is ${j.min} people).`);
    else if (s.mean === null) parts.push(`Nobody has a score for ${unit.title} in the ${round}.`);
  }
  if (matched !== null && !showStayers && matched.length >= j.min && !baseline.suppressed && !followUp.suppressed)
    parts.push(`The change for the ${matched.length} people who answered both rounds is not shown: with so few people joining or leaving, their scores could be worked out from the round figures.`);
  if (matched !== null && matched.length > 0 && matched.length < j.minToJudge) parts.push(`Too few people answered both rounds to judge their own change: ${matched.length} matched, and at least ${j.minToJudge} are needed.`);
  if (!judged && baseline.mean !== null && followUp.mean !== null)
    parts.push(`Too few people to judge whether ${unit.title} changed: a verdict needs at least ${j.minToJudge} people in each round, or ${j.minToJudge} who answered both.`);
  return parts.length ? parts.join(' ') : null;
}

function compareNotes(ins: Instrument, first: Accumulated, second: Accumulated, isPaired: boolean, min: number, { level, minToJudge }: { level: number; minToJudge: number }): string[] {
  const notes = [
    `A change is called higher or lower only when its ${Math.round(level * 1000) / 10}% confidence interval leaves out zero. When at least ${minToJudge} people, and most of each round, answered both rounds, the verdict rests on their own change (paired t test); otherwise on the two rounds as groups (Welch's t test), which is cautious when some people answered both. Effect sizes are Hedges' g (rounds) and g_av (people who answered both).`,
    min > 1 ? `Figures resting on fewer than ${min} people are not shown, nor any figure from which a smaller group could be worked out.` : 'Every figure is shown: the minimum group size is 1, so no figure is held back for privacy.',
  ];
  if (!isPaired) notes.push('The answers carry no respondent ids, so nobody is matched across the rounds: they are compared as two separate groups of people.');
  notes.push(...columnNotes(ins, first, 'baseline'), ...columnNotes(ins, second, 'follow-up'));
  return notes;
}

/** Runs both, and reports the problems of both together when either has some. */
function both<T>(x: () => T, y: () => T): [T, T] {
  let first: T | undefined;
  let error: ScoringError | undefined;
  try {
    first = x();
  } catch (e) {
    if (!(e instanceof ScoringError)) throw e;
    error = e;
  }
  try {
    const second = y();
    if (error) throw error;
    return [first as T, second];
  } catch (e) {
    if (!(e instanceof ScoringError) || !error || e === error) throw e;
    throw new ScoringError([...error.issues, ...e.issues], 'pair of rounds');
  }
}
