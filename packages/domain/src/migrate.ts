import { DomainError } from './errors';
import { safeParseDocument, type ParseResult } from './parse';
import { CURRENT_SCHEMA_VERSION, type PathfinderWorkspace } from './schemas/workspace';

type Doc = Record<string, unknown>;

/**
 * One step per version. Each takes a document of version `from` and returns one of version `from + 1`.
 * Steps never drop data: what no longer has a place is kept under a field the next version accepts.
 */
const STEPS: Record<number, (doc: Doc) => Doc> = {
  // Version 1 kept a single `theoryOfChange` and nested each round's responses inside the round.
  1: (doc) => {
    const { theoryOfChange, assessmentRounds, ...rest } = doc;
    const rounds = Array.isArray(assessmentRounds) ? (assessmentRounds as unknown[]) : [];
    const responses: unknown[] = Array.isArray(rest.responses) ? [...(rest.responses as unknown[])] : [];
    const flatRounds = rounds.map((round) => {
      if (!isRecord(round)) return round;
      const { responses: nested, ...roundRest } = round;
      if (Array.isArray(nested))
        for (const r of nested) responses.push(isRecord(r) && r.roundId === undefined ? { ...r, roundId: roundRest.id } : r);
      return roundRest;
    });
    return {
      ...rest,
      schemaVersion: 2,
      assessmentRounds: flatRounds,
      responses,
      theoriesOfChange: theoryOfChange === undefined ? (rest.theoriesOfChange ?? []) : [theoryOfChange],
    };
  },
  // Version 3 added familiarisation notes (phase 1) and the language check draft; nothing else moved.
  2: (doc) => ({ ...doc, schemaVersion: 3, familiarisation: isRecord(doc.familiarisation) ? doc.familiarisation : { notes: [] } }),
};

function isRecord(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function versionError(message: string): DomainError {
  return new DomainError([{ path: ['schemaVersion'], where: 'schemaVersion', code: 'schema-version', message }], 'workspace');
}

/** Upgrades a workspace of any earlier version to the current one and parses it. Never mutates `doc`. */
export function safeMigrate(doc: unknown): ParseResult<PathfinderWorkspace> {
  if (!isRecord(doc))
    return { ok: false, error: versionError('Expected a workspace document (a JSON object with "schemaVersion").') };
  let version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: versionError('Expected "schemaVersion" as a whole number, such as 2.') };
  if (version > CURRENT_SCHEMA_VERSION)
    return {
      ok: false,
      error: versionError(`This workspace was saved by a newer version (schemaVersion ${version}). Update @nttp/domain to open it; nothing has been changed.`),
    };
  let current: Doc;
  try {
    // A JSON round trip both copies the document (so it is never mutated) and keeps only plain data.
    current = JSON.parse(JSON.stringify(doc)) as Doc;
  } catch {
    return { ok: false, error: versionError('This could not be read as plain JSON data. Pass the parsed JSON of the workspace.') };
  }
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = STEPS[version];
    if (!step) return { ok: false, error: versionError(`There is no upgrade from schemaVersion ${version}.`) };
    current = step(current);
    version += 1;
  }
  return safeParseDocument('PathfinderWorkspace', current);
}

/** Upgrades and parses, or throws a `DomainError`. */
export function migrate(doc: unknown): PathfinderWorkspace {
  const result = safeMigrate(doc);
  if (!result.ok) throw result.error;
  return result.value;
}
