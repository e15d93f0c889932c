import type { TheoryOfChange } from '@nttp/domain';
import { TheoryOfChangeError, parseToc } from './errors';
import { validate, type ValidationIssue } from './validate/validate';

export interface ParsedTheoryOfChange {
  toc: TheoryOfChange;
  /** What `validate()` found: the document can be drawn, but these are worth a look. */
  issues: ValidationIssue[];
}

/**
 * Reads a Theory of Change from JSON text or already-parsed data, checks its shape, and validates it.
 * Throws a `TheoryOfChangeError` when the text is not JSON or the data is not shaped like a Theory of Change.
 */
export function fromJson(input: unknown): ParsedTheoryOfChange {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (cause) {
      const detail = cause instanceof Error ? ` (${cause.message})` : '';
      throw new TheoryOfChangeError([
        { path: [], where: '', code: 'invalid-json', message: `This text is not valid JSON${detail}. Check for a missing comma, quote or bracket.` },
      ]);
    }
  }
  const toc = parseToc(data);
  return { toc, issues: validate(toc) };
}
