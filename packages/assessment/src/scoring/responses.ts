import { AssessmentRoundSchema, IdSchema, IsoDateSchema, LabelSchema, ResponseSchema, type AssessmentRound, type Response } from '@nttp/domain';
import { fromZod, issue, ScoringError, type AssessmentIssue } from '../errors';
import { ANSWERED, NO_ANSWER, type Compiled } from '../instrument/compile';
import type { Instrument } from '../instrument/spec';

const RESPONSE_KEYS = new Set(['id', 'roundId', 'respondentId', 'role', 'submittedOn', 'answers']);
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const ANSWER_WORDS = new Set(['not-applicable', 'dont-know', 'skipped']);

/** Memoised schema checks for values that repeat across responses (dates, roles, item ids). */
function memo(schema: { safeParse(v: unknown): { success: boolean } }): (v: string) => boolean {
  const seen = new Map<string, boolean>();
  return (v) => {
    let ok = seen.get(v);
    if (ok === undefined) {
      ok = schema.safeParse(v).success;
      if (seen.size < 10_000) seen.set(v, ok);
    }
    return ok;
  };
}
const validDate = memo(IsoDateSchema);
const validRole = memo(LabelSchema);
const validId = memo(IdSchema);

/**
 * A quick check of a response's own fields (not its answers) that accepts only what the zod schema
 * surely accepts unchanged; anything else goes through `ResponseSchema`, the authority, which names
 * every problem.
 */
function plainShell(value: unknown): value is Response {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  for (const key in r) if (!RESPONSE_KEYS.has(key)) return false;
  if (typeof r.id !== 'string' || !ID.test(r.id)) return false;
  if (typeof r.respondentId !== 'string' || !ID.test(r.respondentId)) return false;
  if (typeof r.roundId !== 'string' || !validId(r.roundId)) return false;
  if (typeof r.submittedOn !== 'string' || !validDate(r.submittedOn)) return false;
  if (r.role !== undefined && (typeof r.role !== 'string' || r.role !== r.role.trim() || !validRole(r.role))) return false;
  const answers = r.answers;
  return typeof answers === 'object' && answers !== null && !Array.isArray(answers) && Object.getPrototypeOf(answers) === Object.prototype;
}

/** Whether the quick path would accept `value` as it is (used by the tests to compare it with zod). */
export function plainlyValid(value: unknown): value is Response {
  if (!plainShell(value)) return false;
  for (const [key, v] of Object.entries(value.answers as Record<string, unknown>)) {
    if (!validId(key)) return false;
    if (v === null) continue;
    if (typeof v === 'number' ? !Number.isFinite(v) : typeof v !== 'string' || !ANSWER_WORDS.has(v)) return false;
  }
  return true;
}

/** The responses that passed their checks, where each came from, and the problems found in the rest. */
export interface CheckedResponses {
  list: Response[];
  /** `origin[k]` is the position in the input of `list[k]`. */
  origin: number[];
  issues: AssessmentIssue[];
}

/** Checks a list of responses, keeping the good ones and naming every problem in the others. */
export function checkResponses(input: unknown, path: (string | number)[] = []): CheckedResponses {
  if (!Array.isArray(input)) throw new ScoringError([issue(path, 'invalid_type', 'Expected a list of responses.')], 'list of responses');
  const list: Response[] = [];
  const origin: number[] = [];
  const issues: AssessmentIssue[] = [];
  for (let i = 0; i < input.length; i++) {
    const value: unknown = input[i];
    if (plainlyValid(value)) {
      list.push(value);
      origin.push(i);
      continue;
    }
    const parsed = ResponseSchema.safeParse(value);
    if (parsed.success) {
      list.push(parsed.data);
      origin.push(i);
    } else issues.push(...fromZod(parsed.error, [...path, i]));
  }
  return { list, origin, issues };
}

/** Checks a list of responses; throws one `ScoringError` naming every problem across them. */
export function parseResponses(input: unknown, path: (string | number)[] = []): Response[] {
  const checked = checkResponses(input, path);
  if (checked.issues.length) throw new ScoringError(checked.issues, 'list of responses');
  return checked.list;
}

export function parseResponse(input: unknown): Response {
  if (plainlyValid(input)) return input;
  const parsed = ResponseSchema.safeParse(input);
  if (!parsed.success) throw new ScoringError(fromZod(parsed.error), 'response');
  return parsed.data;
}

/** Refuses a round recorded with another instrument or version: old data is re-scored with its own. */
export function checkRound(instrument: Instrument, round: unknown, path: (string | number)[]): AssessmentRound {
  const parsed = AssessmentRoundSchema.safeParse(round);
  if (!parsed.success) throw new ScoringError(fromZod(parsed.error, path), 'assessment round');
  const r = parsed.data;
  if (r.instrumentId !== instrument.id || r.instrumentVersion !== instrument.version)
    throw new ScoringError(
      [issue([...path, 'instrumentVersion'], 'instrument-mismatch', `This round was answered with ${r.instrumentId} version ${r.instrumentVersion}, and this is ${instrument.id} version ${instrument.version}. Score it with the instrument and version it was answered with, so the scores stay comparable.`)],
      'assessment round',
    );
  return r;
}

/** One response's answers, item by item: status codes and keyed values (NaN when not answered). */
export interface Classified {
  status: Uint8Array;
  keyed: Float64Array;
  /** Answer keys that are not items of this instrument. */
  unknown: string[];
}

export function newClassified(c: Compiled): Classified {
  return { status: new Uint8Array(c.items.length), keyed: new Float64Array(c.items.length), unknown: [] };
}

const UNUSUAL = -1;

/**
 * Sorts each answer into answered / not applicable / don't know / skipped / no answer, and turns
 * reverse-keyed answers round. Numbers off the scale are problems to fix, never guessed at. With
 * `quick`, it stops (returning false) at any answer only the schema can judge.
 */
function classifyAnswers(c: Compiled, answers: Record<string, unknown>, out: Classified, path: () => (string | number)[], issues: AssessmentIssue[], quick: boolean): boolean {
  out.status.fill(NO_ANSWER);
  out.keyed.fill(NaN);
  out.unknown.length = 0;
  let found: AssessmentIssue[] | undefined;
  // Answers usually come in the instrument's item order: try the next item's id before the index.
  let next = 0;
  const items = c.items;
  for (const key in answers) {
    const v = answers[key];
    const guess = items[next];
    const index = guess !== undefined && guess.id === key ? next : c.itemIndex.get(key);
    if (index !== undefined) next = index + 1;
    if (quick) {
      const kind = v === null ? 0 : typeof v === 'number' ? (Number.isFinite(v) ? 0 : UNUSUAL) : typeof v === 'string' && ANSWER_WORDS.has(v) ? 0 : UNUSUAL;
      if (kind === UNUSUAL || (index === undefined && !validId(key))) return false;
    }
    if (index === undefined) {
      out.unknown.push(key);
      continue;
    }
    if (v === null || v === undefined) continue;
    const code = typeof v === 'number' && !c.numericCodes ? undefined : c.codes.get(v as string | number);
    if (code !== undefined) {
      out.status[index] = code;
      continue;
    }
    const item = c.items[index]!;
    if (typeof v !== 'number') {
      (found ??= []).push(issue([...path(), 'answers', key], 'unknown-code', `"${String(v)}" is not a code this instrument uses for item "${key}". Use a number on its scale or one of its codes for not applicable, don't know or skipped.`));
      continue;
    }
    // On a whole-number scale a whole number in range is a point on it: the common case, checked without dividing.
    const plainPoint = item.wholeSteps && v >= (item.min as number) && v <= (item.max as number) && Math.floor(v) === v;
    if (!plainPoint && item.min !== undefined && item.max !== undefined) {
      const pos = (v - item.min) / item.step;
      if (v < item.min || v > item.max || Math.abs(pos - Math.round(pos)) > 1e-9) {
        (found ??= []).push(issue([...path(), 'answers', key], 'off-scale', `${v} is not a point on the scale for item "${key}" (${item.min} to ${item.max}${item.step === 1 ? '' : ` in steps of ${item.step}`}). Check the answer; if it stands for not applicable, don't know or skipped, add it to the instrument's missing codes.`));
        continue;
      }
    }
    out.status[index] = ANSWERED;
    out.keyed[index] = item.reverse ? (item.min as number) + (item.max as number) - v : v;
  }
  if (found) issues.push(...found);
  return true;
}

/** Classifies the answers of a response that has already been checked. */
export function classify(c: Compiled, response: Response, path: (string | number)[], issues: AssessmentIssue[], into?: Classified): Classified {
  const out = into ?? newClassified(c);
  classifyAnswers(c, response.answers, out, () => path, issues, false);
  return out;
}

/**
 * Checks and classifies one response in a single pass over its answers when it is plainly valid;
 * otherwise parses it with the zod schema first. Returns the response, or null (with issues) when
 * the document itself needs changes.
 */
export function readResponse(c: Compiled, value: unknown, path: () => (string | number)[], issues: AssessmentIssue[], out: Classified): Response | null {
  if (plainShell(value) && classifyAnswers(c, value.answers, out, path, issues, true)) return value;
  const parsed = ResponseSchema.safeParse(value);
  if (!parsed.success) {
    issues.push(...fromZod(parsed.error, path()));
    return null;
  }
  classifyAnswers(c, parsed.data.answers, out, path, issues, false);
  return parsed.data;
}
