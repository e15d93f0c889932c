import { AssessmentRoundSchema, IdSchema, IsoDateSchema, LabelSchema, ResponseSchema, type AssessmentRound, type Response } from '@nttp/domain';
import { fromZod, issue, ScoringError, type AssessmentIssue } from '../errors';
import { NO_ANSWER, type Compiled } from '../instrument/compile';
import { classifyValue, type AnswerSlots } from './classify';

export type { AnswerSlots } from './classify';
import type { Instrument } from '../instrument/spec';

// A fast path only: ids this plain pass every version of @nttp/domain's IdSchema, the rule; others are asked of it.
const PLAIN_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const plainId = (v: unknown): boolean => typeof v === 'string' && (PLAIN_ID.test(v) || validId(v));
// Missing-answer codes (the instrument decides which it uses) are words the schema keeps as they are.
const plainCode = (v: string): boolean => v.length > 0 && v.length <= 100 && v.trim() === v;

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

/** Whether `key` is one of a response's own fields (compared directly: quicker than a set for six names). */
function isResponseKey(key: string): boolean {
  return key === 'answers' || key === 'id' || key === 'respondentId' || key === 'roundId' || key === 'submittedOn' || key === 'role';
}

/**
 * A quick check of a response's own fields (not its answers) that accepts only what the zod schema
 * surely accepts unchanged; anything else goes through `ResponseSchema`, the authority, which names
 * every problem.
 */
function plainShell(value: unknown): value is Response {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  for (const key in r) if (!isResponseKey(key)) return false;
  if (!plainId(r.id) || !plainId(r.respondentId)) return false;
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
    if (typeof v === 'number' ? !Number.isFinite(v) : typeof v !== 'string' || !plainCode(v)) return false;
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

export function newClassified(c: Compiled): AnswerSlots {
  return { status: new Uint8Array(c.items.length), keyed: new Float64Array(c.items.length), unknown: [], stride: 1, at: 0 };
}

/** Marks every item of the response in `out` as not answered. */
function clearSlots(c: Compiled, out: AnswerSlots): void {
  const { stride, at } = out;
  for (let i = 0; i < c.items.length; i++) {
    out.status[i * stride + at] = NO_ANSWER;
    out.keyed[i * stride + at] = NaN;
  }
  out.unknown.length = 0;
}

/**
 * Sorts each answer into answered / not applicable / don't know / skipped / no answer, and turns
 * reverse-keyed answers round. Numbers off the scale are problems to fix, never guessed at. With
 * `quick`, it stops (returning false) at any answer only the schema can judge.
 */
function classifyAnswers(c: Compiled, answers: Record<string, unknown>, out: AnswerSlots, path: () => (string | number)[], issues: AssessmentIssue[], quick: boolean): boolean {
  let found: AssessmentIssue[] | undefined;
  const ids = c.quick.ids;
  // Answers usually come in the instrument's item order: try the next item's id before the index.
  let next = 0;
  for (const key in answers) {
    const v = answers[key];
    const index = ids[next] === key ? next : (c.itemIndex.get(key) ?? -1);
    if (index >= 0) next = index + 1;
    if (quick) {
      const usual = v === null || (typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && plainCode(v));
      if (!usual || (index < 0 && !validId(key))) return false;
    }
    if (index < 0) {
      out.unknown.push(key);
      continue;
    }
    const problem = classifyValue(c, index, v, out);
    if (problem) (found ??= []).push(issue([...path(), 'answers', key], problem.code, problem.message));
  }
  if (found) issues.push(...found);
  return true;
}

/** Classifies the answers of a response that has already been checked. */
export function classify(c: Compiled, response: Response, path: (string | number)[], issues: AssessmentIssue[], into?: AnswerSlots): Classified {
  const out = into ?? newClassified(c);
  clearSlots(c, out);
  classifyAnswers(c, response.answers, out, () => path, issues, false);
  return out;
}

/**
 * Checks and classifies one response in a single pass over its answers when it is plainly valid;
 * otherwise parses it with the zod schema first. Returns the response, or null (with issues) when
 * the document itself needs changes. With `cleared`, the caller has already marked the response's
 * slots as not answered.
 */
export function readResponse(c: Compiled, value: unknown, path: () => (string | number)[], issues: AssessmentIssue[], out: AnswerSlots, cleared = false): Response | null {
  if (cleared) out.unknown.length = 0;
  else clearSlots(c, out);
  if (plainShell(value) && classifyAnswers(c, value.answers, out, path, issues, true)) return value;
  // The quick pass stopped part way: start the slots again for the thorough one.
  clearSlots(c, out);
  const parsed = ResponseSchema.safeParse(value);
  if (!parsed.success) {
    issues.push(...fromZod(parsed.error, path()));
    return null;
  }
  classifyAnswers(c, parsed.data.answers, out, path, issues, false);
  return parsed.data;
}

/**
 * Reads responses `from` to `from + count − 1` of `list` into the block behind `out` (whose slots
 * the caller has marked not answered; response `from + q` goes to slot q), writing each one's
 * respondent id into `ids`. The common case, a plainly valid response whose answers are whole points
 * or null in item order, is read in line; anything else goes the thorough way (`readResponse`).
 * Returns how many responses had answers to items the instrument does not have. (The loop is kept
 * apart from `classifyAnswers` on purpose: inside that larger function V8 sometimes left it in its
 * baseline tier, doubling the time.)
 */
export function readResponses(c: Compiled, list: unknown[], from: number, count: number, out: AnswerSlots, issues: AssessmentIssue[], path: (r: number) => (string | number)[], ids: string[], unknownKeys: Set<string>): number {
  const { ids: itemIds, lowest, highest, plainPoints, flip } = c.quick;
  const { keyed, stride } = out;
  let unknown = 0;
  for (let q = 0; q < count; q++) {
    const r = from + q;
    const value = list[r];
    let plain = plainShell(value);
    if (plain) {
      const answers = (value as Response).answers as Record<string, unknown>;
      let index = 0;
      for (const key in answers) {
        const v = answers[key];
        if (itemIds[index] !== key || (v !== null && (typeof v !== 'number' || plainPoints[index] !== 1 || !(v >= lowest[index]! && v <= highest[index]!) || Math.floor(v) !== v))) {
          plain = false;
          break;
        }
        if (v !== null) {
          const f = flip[index]!;
          keyed[index * stride + q] = f === f ? f - v : v;
        }
        index++;
      }
    }
    if (plain) {
      ids[r] = (value as Response).respondentId;
      continue;
    }
    // The thorough way starts the slots again (the loop above may have written some).
    out.at = q;
    const response = readResponse(c, value, () => path(r), issues, out);
    if (!response) continue;
    ids[r] = response.respondentId;
    if (out.unknown.length) {
      unknown++;
      for (const key of out.unknown) unknownKeys.add(key);
    }
  }
  return unknown;
}
