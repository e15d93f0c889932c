import { z } from 'zod/v4';
import { parseOrThrow, ScoringError, type AssessmentIssue } from '../errors';
import { compile } from '../instrument/compile';
import { byUnit, matrixOf, type ByUnit, type Matrix } from './by-unit';
import { stamp, resolveInstrument, type InstrumentInput, type InstrumentStamp } from './instrument-ref';
import { checkRound, newClassified, readResponse } from './responses';
import { explainUnit, type Score } from './unit-score';

export interface ResponseReport extends ByUnit<Score> {
  instrument: InstrumentStamp;
  responseId: string;
  respondentId: string;
  role?: string;
  matrix: Matrix<Score>;
  /** Things worth knowing about the response as a whole, in plain words. */
  notes: string[];
}

const OptionsSchema = z.strictObject({
  /** The round the response belongs to: its instrument id and version must match. */
  round: z.unknown().optional(),
});
export type ScoreResponseOptions = { round?: unknown };

/**
 * Scores one person's response: overall, per scale, per theme, per principle and per theme ×
 * principle, each with its band, answered / applicable, completion, and the items behind it. A score
 * below its minimum completion is withheld, with the reason, never imputed.
 */
export function scoreResponse(instrument: InstrumentInput, response: unknown, options: ScoreResponseOptions = {}): ResponseReport {
  const ins = resolveInstrument(instrument);
  const opts = parseOrThrow(OptionsSchema, options, 'set of options', ['options']);
  if (opts.round !== undefined) checkRound(ins, opts.round, ['options', 'round']);
  const c = compile(ins);
  const issues: AssessmentIssue[] = [];
  const answers = newClassified(c);
  const r = readResponse(c, response, () => [], issues, answers);
  if (!r || issues.length) throw new ScoringError(issues, 'response');
  const raw = r.answers as Record<string, unknown>;
  const score = (unit: Parameters<typeof explainUnit>[1]) => explainUnit(c, unit, answers, raw);
  const notes: string[] = [];
  if (answers.unknown.length)
    notes.push(`Answers to ${answers.unknown.length} item${answers.unknown.length === 1 ? '' : 's'} not in ${ins.title} ${ins.version} were left aside: ${answers.unknown.slice(0, 5).join(', ')}${answers.unknown.length > 5 ? ', …' : ''}.`);
  return {
    instrument: stamp(ins),
    responseId: r.id,
    respondentId: r.respondentId,
    ...(r.role ? { role: r.role } : {}),
    ...byUnit(c, score),
    matrix: matrixOf(c, score),
    notes,
  };
}
