import { parseDocument, safeParseDocument, type ParseResult } from './parse';
import type { PathfinderWorkspace } from './schemas/workspace';

/** Parses a current-version workspace, or throws a `DomainError`. Use `migrate()` for older ones. */
export function parseWorkspace(input: unknown): PathfinderWorkspace {
  return parseDocument('PathfinderWorkspace', input);
}

/** Parses a current-version workspace without throwing. */
export function safeParseWorkspace(input: unknown): ParseResult<PathfinderWorkspace> {
  return safeParseDocument('PathfinderWorkspace', input);
}
