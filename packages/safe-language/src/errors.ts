import type { z } from 'zod/v4';

/** One problem with an input: where it is and, in plain words, what is expected there. */
export interface SafeLanguageIssue {
  /** Path from the input's root, such as `['extend', 0, 'terms']`. */
  path: (string | number)[];
  /** The same path written for people, such as `extend[0].terms`. */
  where: string;
  /** What is expected, calmly and plainly. */
  message: string;
  /** A stable code for programs: zod's issue code, or one of ours. */
  code: string;
}

/** The one kind of error this package throws for input it cannot use. It lists every issue found. */
export class SafeLanguageError extends Error {
  override readonly name = 'SafeLanguageError';
  readonly issues: SafeLanguageIssue[];

  constructor(issues: SafeLanguageIssue[], what = 'input') {
    const count = issues.length === 1 ? '1 thing needs' : `${issues.length} things need`;
    const lines = issues.slice(0, 10).map((issue) => `- ${issue.where || '(the whole value)'}: ${issue.message}`);
    if (issues.length > 10) lines.push(`- …and ${issues.length - 10} more.`);
    super(`This ${what} could not be used yet: ${count} attention.\n${lines.join('\n')}`);
    this.issues = issues;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const text = String(key);
      out += /^[A-Za-z_$][\w$]*$/.test(text) ? (out ? `.${text}` : text) : `[${JSON.stringify(text)}]`;
    }
  }
  return out;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  const own = issue.message && !/^(Invalid|Too small|Too big|Unrecognized)/.test(issue.message);
  if (own) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `This is needed: please add ${describe(String(issue.expected))}.`
        : `Expected ${describe(String(issue.expected))} here.`;
    case 'unrecognized_keys':
      return `These options are not known: ${issue.keys.join(', ')}. Remove them or check their spelling.`;
    case 'invalid_value':
      return `Use one of: ${issue.values.map((value) => String(value)).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'array' ? `This list needs at least ${String(issue.minimum)} item(s).` : `Expected ${String(issue.minimum)} or more.`;
    case 'too_big':
      return issue.origin === 'array' ? `This list can hold at most ${String(issue.maximum)} items.` : `Expected ${String(issue.maximum)} or less.`;
    default:
      return 'This value is not in the expected form: check it against the documentation.';
  }
}

function describe(expected: string): string {
  if (expected === 'string') return 'text';
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a group of options';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Parses a value with a schema, or throws a `SafeLanguageError` that lists every issue. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string, prefix: (string | number)[] = []): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new SafeLanguageError(
    result.error.issues.map((issue) => {
      const path = [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
      return { path, where: formatPath(path), message: plainMessage(issue), code: issue.code };
    }),
    what,
  );
}
