import { z } from 'zod/v4';
import { issue, parseOrThrow, ScoringError } from '../errors';
import { compile, type Unit } from '../instrument/compile';
import { reliableChangeIndex, type RciResult } from '../psychometrics/rci';
import { byUnit, type ByUnit } from './by-unit';
import { stamp, resolveInstrument, type InstrumentInput, type InstrumentStamp } from './instrument-ref';
import { scoreResponse, type ResponseReport } from './response';
import { unitRef, type Score, type UnitRef } from './unit-score';

/** One person's change on one unit, judged against measurement noise. */
export interface PersonChange {
  unit: UnitRef;
  before: number | null;
  after: number | null;
  /** Jacobson & Truax's reliable change index, or null (with `reason`) when it cannot be worked out. */
  rci: RciResult | null;
  reason: string | null;
}

export interface PersonChangeReport extends ByUnit<PersonChange> {
  instrument: InstrumentStamp;
  respondentId: string;
}

const PerUnit = (what: string, check: z.ZodNumber) =>
  z.union([check, z.record(z.string(), check)], { error: `Give ${what} as a number, or as a map from unit id (such as a theme id) to a number.` });

const OptionsSchema = z.strictObject({
  /** The reliability of each unit's score (such as Cronbach's alpha from a group's baseline: see scoreGroup's diagnostics). */
  reliability: PerUnit('the reliability', z.number().min(0).lt(1)),
  /** The standard deviation of each unit's score in a reference group (such as the baseline's `sd` from scoreGroup). */
  sd: PerUnit('the standard deviation', z.number().positive()),
  /** |RCI| above which change is called reliable. Default 1.96 (95%). */
  threshold: z.number().positive().default(1.96),
});
export type PersonChangeOptions = z.input<typeof OptionsSchema>;

/**
 * One person's change between two responses, per overall, scale, theme and principle: the reliable
 * change index (Jacobson & Truax, 1991), which is for one person's change, never a group mean (for
 * groups, use compareRounds). Both responses need the same respondent id.
 */
export function compareResponses(instrument: InstrumentInput, before: unknown, after: unknown, options: PersonChangeOptions): PersonChangeReport {
  const ins = resolveInstrument(instrument);
  const opts = parseOrThrow(OptionsSchema, options, 'set of options', ['options']);
  const first = scoreResponse(ins, before);
  const second = scoreResponse(ins, after);
  if (first.respondentId !== second.respondentId)
    throw new ScoringError([issue(['after', 'respondentId'], 'different-people', `These responses are from "${first.respondentId}" and "${second.respondentId}". A person's change compares two responses from the same person.`)], 'pair of responses');
  const pick = (value: number | Record<string, number>, unit: Unit) => (typeof value === 'number' ? value : value[unit.id]);
  const scoreOf = (report: ResponseReport, unit: Unit): Score => (unit.kind === 'overall' ? report.overall! : unit.kind === 'scale' ? report.scales[unit.id]! : unit.kind === 'theme' ? report.themes[unit.id as never]! : report.principles[unit.id as never]!);
  const change = (unit: Unit): PersonChange => {
    const x = scoreOf(first, unit).score;
    const y = scoreOf(second, unit).score;
    const base = { unit: unitRef(unit), before: x, after: y, rci: null };
    if (x === null || y === null) return { ...base, reason: `${unit.title} has no score ${x === null ? 'before' : 'after'} (it was withheld), so change cannot be worked out.` };
    const reliability = pick(opts.reliability, unit);
    const sd = pick(opts.sd, unit);
    if (reliability === undefined || sd === undefined) return { ...base, reason: `Give ${reliability === undefined ? 'a reliability' : 'a standard deviation'} for ${unit.title} (unit id "${unit.id}") to judge this change.` };
    return { ...base, rci: reliableChangeIndex({ before: x, after: y, sd, reliability, threshold: opts.threshold }), reason: null };
  };
  return { instrument: stamp(ins), respondentId: first.respondentId, ...byUnit(compile(ins), change) };
}
