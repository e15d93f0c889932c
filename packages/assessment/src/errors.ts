import { formatPath } from '@nttp/domain';
// zod's core, not classic zod: the psychometrics parse with zod mini, and this module is shared by both.
import { safeParse, type $ZodError, type $ZodIssue, type $ZodType } from 'zod/v4/core';

/** One problem found in an input: where it is and, in plain words, what to change. */
export interface AssessmentIssue {
  /** Path from the root of the input, such as `['items', 3, 'theme']`. */
  path: (string | number)[];
  /** The same path written for people, such as `items[3].theme`. */
  where: string;
  /** What is expected, calmly and plainly. */
  message: string;
  /** A stable code for programs, such as `duplicate-id` or `band-gap`. */
  code: string;
}

export function issue(path: (string | number)[], code: string, message: string): AssessmentIssue {
  return { path, where: formatPath(path), code, message };
}

function summary(what: string, issues: AssessmentIssue[]): string {
  const count = issues.length === 1 ? '1 thing needs' : `${issues.length} things need`;
  const lines = issues.slice(0, 10).map((i) => `- ${i.where || '(the whole input)'}: ${i.message}`);
  if (issues.length > 10) lines.push(`- …and ${issues.length - 10} more.`);
  return `This ${what} could not be used yet: ${count} attention.\n${lines.join('\n')}`;
}

/** Thrown by `defineInstrument` when an instrument spec needs changes. It lists every issue found. */
export class InstrumentError extends Error {
  override readonly name = 'InstrumentError';
  readonly issues: AssessmentIssue[];
  constructor(issues: AssessmentIssue[]) {
    super(summary('instrument', issues));
    this.issues = issues;
  }
}

/** Thrown by the scoring and psychometric functions when their input needs changes. */
export class ScoringError extends Error {
  override readonly name = 'ScoringError';
  readonly issues: AssessmentIssue[];
  constructor(issues: AssessmentIssue[], what = 'input') {
    super(summary(what, issues));
    this.issues = issues;
  }
}

/** zod's issues in our calm wording, with our own codes where a check set one. */
export function fromZod(error: $ZodError, prefix: (string | number)[] = []): AssessmentIssue[] {
  return error.issues.map((zi) => {
    const path = [...prefix, ...zi.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    const ours = zi.code === 'custom' ? (zi.params as { code?: unknown } | undefined)?.code : undefined;
    return issue(path, typeof ours === 'string' ? ours : zi.code, plain(zi));
  });
}

/** What zod's expected types are called in our messages, with their article. */
const NOUNS: Record<string, string> = {
  array: 'a list',
  object: 'a set of named fields, written { … }',
  record: 'a set of named fields, written { … }',
  string: 'some text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  null: 'null',
};
const nounFor = (expected: string) => NOUNS[expected] ?? (/^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`);

function plain(zi: $ZodIssue): string {
  const own = zi.message && !/^(Invalid|Too small|Too big|Unrecognized)/.test(zi.message);
  if (own) return zi.message;
  switch (zi.code) {
    case 'invalid_type':
      return zi.input === undefined ? `This is needed: please add ${nounFor(String(zi.expected))}.` : `Expected ${nounFor(String(zi.expected))} here.`;
    case 'unrecognized_keys':
      return `These fields are not part of this input: ${zi.keys.join(', ')}. Remove them or check their spelling.`;
    case 'too_small':
      return zi.origin === 'array' ? `This list needs at least ${String(zi.minimum)} entries.` : zi.origin === 'string' ? `This needs at least ${String(zi.minimum)} character${zi.minimum === 1 ? '' : 's'}.` : `Expected ${String(zi.minimum)} or more.`;
    case 'too_big':
      return zi.origin === 'array' ? `This list can hold at most ${String(zi.maximum)} entries.` : zi.origin === 'string' ? `This can be at most ${String(zi.maximum)} characters long.` : `Expected ${String(zi.maximum)} or less.`;
    default:
      return 'This value is not in the expected form: check it against the documentation.';
  }
}

/** Parses `input` with `schema`, or throws a `ScoringError` naming every issue. */
export function parseOrThrow<T>(schema: $ZodType<T>, input: unknown, what: string, prefix: (string | number)[] = []): T {
  const result = safeParse(schema, input);
  if (result.success) return result.data;
  throw new ScoringError(fromZod(result.error, prefix), what);
}
