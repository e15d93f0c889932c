import { describe, expect, it } from 'vitest';
import { exampleWorkspace } from './fixtures';
import { CURRENT_SCHEMA_VERSION, DomainError, migrate, safeMigrate } from './index';

/** Writes the example as version 1 stored it: one ToC, responses nested in their rounds. */
function asVersion1() {
  const { theoriesOfChange, responses, assessmentRounds, ...rest } = structuredClone(exampleWorkspace);
  return {
    ...rest,
    schemaVersion: 1,
    theoryOfChange: theoriesOfChange[0],
    assessmentRounds: assessmentRounds.map((round) => ({
      ...round,
      responses: responses.filter((r) => r.roundId === round.id).map(({ roundId: _roundId, ...r }) => r),
    })),
  };
}

describe('migrate', () => {
  it('upgrades a version 1 workspace to the current version without losing anything', () => {
    const v1 = asVersion1();
    const upgraded = migrate(v1);
    expect(upgraded.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(upgraded.theoriesOfChange).toEqual(exampleWorkspace.theoriesOfChange);
    expect([...upgraded.responses].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...exampleWorkspace.responses].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(upgraded).toEqual({ ...exampleWorkspace, responses: upgraded.responses });
  });

  it('upgrades a version 2 workspace (before familiarisation notes) with an empty set of notes', () => {
    const { familiarisation: _notes, languageCheck: _draft, ...rest } = structuredClone(exampleWorkspace);
    const upgraded = migrate({ ...rest, schemaVersion: 2 });
    expect(upgraded.schemaVersion).toBe(3);
    expect(upgraded.familiarisation).toEqual({ notes: [] });
    expect(upgraded).toEqual({ ...exampleWorkspace, familiarisation: { notes: [] } });
  });

  it('does not change the document it was given', () => {
    const v1 = asVersion1();
    const before = JSON.stringify(v1);
    migrate(v1);
    expect(JSON.stringify(v1)).toBe(before);
  });

  it('leaves a current document as it is', () => {
    expect(migrate(exampleWorkspace)).toEqual(exampleWorkspace);
  });

  it('refuses a newer version calmly, changing nothing', () => {
    const result = safeMigrate({ ...exampleWorkspace, schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(DomainError);
      expect(result.error.issues[0]!.message).toMatch(/saved by a newer version .* nothing has been changed/);
    }
  });

  it.each([[null], [42], ['workspace'], [{}], [{ schemaVersion: 0 }], [{ schemaVersion: '2' }], [[1, 2]]])(
    'refuses %j with a DomainError',
    (input) => {
      expect(() => migrate(input)).toThrow(DomainError);
    },
  );

  it('reports issues in an upgraded document against the upgraded paths', () => {
    const v1 = asVersion1();
    v1.theoryOfChange!.links[0]!.to = 'missing';
    const result = safeMigrate(v1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]!.where).toBe('theoriesOfChange[0].links[0].to');
  });
});
