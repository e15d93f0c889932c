import { DomainError, formatPath, safeParseDocument, type DomainIssue, type TheoryOfChange } from '@nttp/domain';
import type { z } from 'zod/v4';

/** One problem with the input: where it is and, in plain words, what is expected there. */
export type TheoryOfChangeIssue = DomainIssue;

/** The one error this package throws for input it cannot use. `issues` lists every problem found. */
export class TheoryOfChangeError extends Error {
  override readonly name = 'TheoryOfChangeError';
  readonly issues: TheoryOfChangeIssue[];

  constructor(issues: TheoryOfChangeIssue[], what = 'Theory of Change') {
    const count = issues.length === 1 ? '1 thing needs' : `${issues.length} things need`;
    const lines = issues.slice(0, 10).map((issue) => `- ${issue.where || '(the whole input)'}: ${issue.message}`);
    if (issues.length > 10) lines.push(`- …and ${issues.length - 10} more.`);
    super(`This ${what} could not be used yet: ${count} attention.\n${lines.join('\n')}`);
    this.issues = issues;
  }
}

/** Parses a Theory of Change with the domain schema, or throws a `TheoryOfChangeError`. */
export function parseToc(input: unknown): TheoryOfChange {
  const result = safeParseDocument('TheoryOfChange', input);
  if (result.ok) return result.value;
  throw new TheoryOfChangeError(result.error instanceof DomainError ? result.error.issues : []);
}

/** Parses options with `schema`, naming the option path in any issue. */
export function parseOptions<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new TheoryOfChangeError(
    result.error.issues.map((issue) => {
      const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
      return { path, where: formatPath(path), code: issue.code, message: issue.message };
    }),
    what,
  );
}
