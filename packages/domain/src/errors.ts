import type { z } from 'zod/v4';

/** One problem found in a document: where it is and, in plain words, what is expected there. */
export interface DomainIssue {
  /** Path from the document root, such as `['implementationPlans', 0, 'activities', 2, 'due']`. */
  path: (string | number)[];
  /** The same path written for people, such as `implementationPlans[0].activities[2].due`. */
  where: string;
  /** What is expected, calmly and plainly. */
  message: string;
  /** A stable code for programs: zod's issue code, or one of ours such as `missing-reference`. */
  code: string;
}

/** The one kind of error the domain throws for bad input. It lists every issue found, not just the first. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly issues: DomainIssue[];

  constructor(issues: DomainIssue[], what = 'document') {
    const count = issues.length === 1 ? '1 thing needs' : `${issues.length} things need`;
    const lines = issues.slice(0, 10).map((issue) => `- ${issue.where || '(the whole document)'}: ${issue.message}`);
    if (issues.length > 10) lines.push(`- …and ${issues.length - 10} more.`);
    super(`This ${what} could not be read yet: ${count} attention.\n${lines.join('\n')}`);
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

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

/** Rewrites zod's default wording in plain language; our own schema messages pass through unchanged. */
function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = String(issue.expected);
      const found = describeValue(issue.input);
      if (found === 'nothing') return `This is needed: please add ${articled(expected)}.`;
      if (issue.message && !issue.message.startsWith('Invalid input')) return issue.message;
      return `Expected ${articled(expected)} here${found ? `, but found ${found}` : ''}.`;
    }
    case 'unrecognized_keys':
      return `These fields are not part of this document: ${issue.keys.join(', ')}. Remove them or check their spelling.`;
    case 'too_small':
      if (issue.message && !/^Too small/.test(issue.message)) return issue.message;
      return issue.origin === 'array'
        ? `This list needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}.`
        : `Expected ${String(issue.minimum)} or more.`;
    case 'too_big':
      if (issue.message && !/^Too big/.test(issue.message)) return issue.message;
      return issue.origin === 'array'
        ? `This list can hold at most ${String(issue.maximum)} items.`
        : `Expected ${String(issue.maximum)} or less.`;
    case 'invalid_union':
      return issue.message && !issue.message.startsWith('Invalid input')
        ? issue.message
        : 'This value does not match any of the accepted forms: check it against the documentation.';
    default:
      return issue.message && !issue.message.startsWith('Invalid')
        ? issue.message
        : 'This value is not in the expected form: check it against the documentation.';
  }
}

function articled(word: string): string {
  const noun = word === 'object' ? 'group of fields' : word === 'array' ? 'list' : word === 'string' ? 'text' : word;
  if (noun === 'text') return 'text';
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

export function toDomainIssues(error: z.ZodError): DomainIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    const ours = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
    return { path, where: formatPath(path), message: plainMessage(issue), code: typeof ours === 'string' ? ours : issue.code };
  });
}
