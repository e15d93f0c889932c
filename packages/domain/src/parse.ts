import { z } from 'zod/v4';
import { DomainError, toDomainIssues, type DomainIssue } from './errors';
import { SCHEMAS, SCHEMA_NAMES, type DocumentOf, type SchemaName } from './registry';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: DomainError };

function unknownName(name: unknown): DomainError {
  return new DomainError(
    [{ path: [], where: '', code: 'unknown-schema', message: `There is no schema called "${String(name)}". Use one of: ${SCHEMA_NAMES.join(', ')}.` }],
    'request',
  );
}

/** Parses `input` as the named document; never throws, whatever the input. */
export function safeParseDocument<N extends SchemaName>(name: N, input: unknown): ParseResult<DocumentOf<N>> {
  if (!Object.hasOwn(SCHEMAS, name)) return { ok: false, error: unknownName(name) };
  const schema = SCHEMAS[name] as unknown as z.ZodType<DocumentOf<N>>;
  try {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, error: new DomainError(toDomainIssues(result.error), describe(name)) };
  } catch (cause) {
    // Inputs such as objects whose getters throw can break out of zod: answer them the same calm way.
    const issue: DomainIssue = {
      path: [],
      where: '',
      code: 'unreadable',
      message: `This could not be read as plain data (${cause instanceof Error ? cause.message : 'unknown problem'}). Pass the parsed JSON of the document.`,
    };
    return { ok: false, error: new DomainError([issue], describe(name)) };
  }
}

/** Parses `input` as the named document, or throws a `DomainError` listing every issue. */
export function parseDocument<N extends SchemaName>(name: N, input: unknown): DocumentOf<N> {
  const result = safeParseDocument(name, input);
  if (!result.ok) throw result.error;
  return result.value;
}

function describe(name: SchemaName): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** JSON Schema (draft 2020-12) for the named document, for teams validating outside TypeScript. */
export function toJsonSchema(name: SchemaName): Record<string, unknown> {
  if (!Object.hasOwn(SCHEMAS, name)) throw unknownName(name);
  const schema = z.toJSONSchema(SCHEMAS[name], { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return { ...schema, title: name };
}
