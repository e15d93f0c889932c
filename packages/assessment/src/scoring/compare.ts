import { z } from 'zod';
import { parseOrThrow, ScoringError } from '../errors';
import { compile, type Unit } from '../instrument/compile';
import { alphaOfColumns } from '../psychometrics/alpha';
import { selectColumns, type Columns } from '../psychometrics/matrix';
import { reliableChangeIndex, type RciResult } from '../psychometrics/rci';
import { accumulate } from './accumulate';
import { byUnit, type ByUnit } from './by-unit';
import { stamp, resolveInstrument, type InstrumentInput, type InstrumentStamp } from './instrument-ref';
import { checkRound } from './responses';
import { unitRef, type UnitRef } from './unit-score';

export interface RoundSummary {
  mean: number | null;
  sd: number | null;
  /** Respondents with a score. */
  n: number;
}

export interface Change {
  unit: UnitRef;
  baseline: RoundSummary;
  followUp: RoundSummary;
  /** followUp mean − baseline mean (null when either is missing). */
  change: number | null;
  /** The reliability used for the reliable change index, and where it came from. */
  reliability: number | null;
  reliabilitySource: 'baseline-alpha' | 'given' | null;
  /** Jacobson & Truax's index for the change in means, with SD from the baseline. */
  rci: RciResult | null;
  /** Whether the change is beyond measurement noise (|RCI| above the threshold); null when it cannot be judged. */
  beyondNoise: boolean | null;
  /** People who answered both rounds (matched by respondentId), and how each changed. */
  people: { matched: number; up: number; down: number; noReliableChange: number } | null;
  /** Why change could not be judged, in plain words (null when it could). */
  reason: string | null;
}

export interface CompareReport extends ByUnit<Change> {
  instrument: InstrumentStamp;
  baselineRespondents: number;
  followUpRespondents: number;
  notes: string[];
}

const CompareOptionsSchema = z.strictObject({
  baselineRound: z.unknown().optional(),
  followUpRound: z.unknown().optional(),
  /** A reliability to use for every unit, or per unit id, instead of alpha from the baseline answers. */
  reliability: z.union([z.number().min(0).lt(1), z.record(z.string(), z.number().min(0).lt(1))], {
    error: 'Give the reliability as a number from 0 up to (not including) 1, or a map from unit id to such a number.',
  }).optional(),
  /** |RCI| above which change is called reliable. Default 1.96 (95%). */
  threshold: z.number().positive().default(1.96),
});
export type CompareOptions = z.input<typeof CompareOptionsSchema>;

/**
 * Compares a baseline round with a follow-up: per overall, scale, theme and principle, the change in
 * mean, Jacobson & Truax's reliable change index (with the √2), and whether the change is beyond
 * measurement noise. Reliability is Cronbach's alpha of the unit's items at baseline unless given.
 * People who answered both rounds are also compared one by one.
 */
export function compareRounds(instrument: InstrumentInput, baseline: unknown, followUp: unknown, options: CompareOptions = {}): CompareReport {
  const ins = resolveInstrument(instrument);
  const opts = parseOrThrow(CompareOptionsSchema, options, 'set of options', ['options']);
  if (opts.baselineRound !== undefined) checkRound(ins, opts.baselineRound, ['options', 'baselineRound']);
  if (opts.followUpRound !== undefined) checkRound(ins, opts.followUpRound, ['options', 'followUpRound']);
  const c = compile(ins);
  const a = both(() => accumulate(c, baseline, ['baseline'], undefined, true), () => accumulate(c, followUp, ['followUp'], undefined, true));
  const [first, second] = a;
  const idsOf = (a: typeof first) => Array.from({ length: a.respondents }, (_, r) => a.idOf(r));
  const afterIndex = new Map(idsOf(second).map((id, i) => [id, i]));
  const pairs = idsOf(first).flatMap((id, i) => (afterIndex.has(id) ? [[i, afterIndex.get(id)!] as const] : []));

  const change = (unit: Unit, k: number): Change => {
    const s0 = first.accs[k]!.summary();
    const s1 = second.accs[k]!.summary();
    const given = typeof opts.reliability === 'number' ? opts.reliability : opts.reliability?.[unit.id];
    const reliability = given ?? baselineAlpha(first.keyed, unit);
    const base: Change = {
      unit: unitRef(unit),
      baseline: { mean: s0.mean, sd: s0.sd, n: s0.n },
      followUp: { mean: s1.mean, sd: s1.sd, n: s1.n },
      change: s0.mean !== null && s1.mean !== null ? s1.mean - s0.mean : null,
      reliability,
      reliabilitySource: given !== undefined ? 'given' : reliability !== null ? 'baseline-alpha' : null,
      rci: null,
      beyondNoise: null,
      people: null,
      reason: null,
    };
    if (base.change === null) return { ...base, reason: `${unit.title} has no score in ${s0.mean === null ? 'the baseline' : 'the follow-up'}, so change cannot be worked out.` };
    if (s0.sd === null || s0.sd === 0) return { ...base, reason: `The baseline scores for ${unit.title} have no spread, so measurement noise cannot be estimated.` };
    if (reliability === null)
      return { ...base, reason: `The reliability of ${unit.title} could not be estimated from the baseline (it needs at least two items with some spread and a positive alpha). Give a reliability in the options to judge change.` };
    const rci = reliableChangeIndex({ before: s0.mean as number, after: s1.mean as number, sd: s0.sd, reliability, threshold: opts.threshold });
    let up = 0;
    let down = 0;
    let same = 0;
    for (const [i, j] of pairs) {
      const x = first.accs[k]!.scores![i]!;
      const y = second.accs[k]!.scores![j]!;
      if (Number.isNaN(x) || Number.isNaN(y)) continue;
      const r = (y - x) / rci.seDiff;
      if (r > opts.threshold) up++;
      else if (r < -opts.threshold) down++;
      else same++;
    }
    return { ...base, rci, beyondNoise: rci.reliable, people: { matched: up + down + same, up, down, noReliableChange: same } };
  };
  const results = c.all.map((unit, k) => (unit.kind === 'cell' ? null : change(unit, k)));
  const of = (u: Unit) => results[c.all.indexOf(u)]!;
  const notes: string[] = [
    'Change is called real only when it is beyond measurement noise: |RCI| above the threshold, using the spread of baseline scores and the reliability of the items (Jacobson & Truax, 1991). This is cautious for group means.',
  ];
  return {
    instrument: stamp(ins),
    baselineRespondents: first.respondents,
    followUpRespondents: second.respondents,
    ...byUnit(c, of),
    notes,
  };
}

function baselineAlpha(keyed: Columns, unit: Unit): number | null {
  if (unit.items.length < 2) return null;
  const result = alphaOfColumns(selectColumns(keyed, Array.from(unit.items)), { missing: 'pairwise', minRespondents: 2 });
  return result.alpha !== null && result.alpha > 0 && result.alpha < 1 ? result.alpha : null;
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
