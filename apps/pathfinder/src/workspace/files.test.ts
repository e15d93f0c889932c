import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, safeParseWorkspace } from '@nttp/domain';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import { exportWorkspace, readWorkspaceFile } from './files';

const plan = exampleWorkspace.wellbeingPlans[0]!;
const withoutPlans = { ...structuredClone(exampleWorkspace), wellbeingPlans: [] };

describe('exporting a workspace', () => {
  it('writes a document @nttp/domain accepts, without wellbeing plans unless one is included', () => {
    const file = exportWorkspace(exampleWorkspace, [], new Date('2026-12-02T10:00:00Z'));
    expect(file.filename).toBe('glenmoray-substance-use-pathfinder-2026-12-02.json');
    const parsed = safeParseWorkspace(JSON.parse(file.text));
    expect(parsed.ok && parsed.value).toEqual(withoutPlans);
    const mine = JSON.parse(exportWorkspace(withoutPlans, [plan]).text);
    expect(mine.wellbeingPlans).toEqual([plan]);
  });
});

describe('reading a workspace file', () => {
  it('reads an export back exactly, with its plans kept apart from the workspace', () => {
    const read = readWorkspaceFile(exportWorkspace(withoutPlans, [plan]).text);
    expect(read).toEqual({ ok: true, workspace: withoutPlans, wellbeingPlans: [plan], migratedFrom: null });
  });

  it('updates a file from an older version and says which', () => {
    const { familiarisation: _notes, languageCheck: _draft, ...rest } = withoutPlans;
    const read = readWorkspaceFile(JSON.stringify({ ...rest, schemaVersion: 2 }));
    expect(read.ok && read.migratedFrom).toBe(2);
    expect(read.ok && read.workspace).toEqual({ ...withoutPlans, familiarisation: { notes: [] } });
  });

  it('refuses a file from a newer version, saying so plainly', () => {
    const read = readWorkspaceFile(JSON.stringify({ ...withoutPlans, schemaVersion: CURRENT_SCHEMA_VERSION + 1 }));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems).toEqual([expect.stringMatching(/saved by a newer version of Pathfinder \(file version 4; this app reads up to version 3\)/)]);
  });

  it('refuses a file that is not JSON, or not a workspace, listing where', () => {
    expect(readWorkspaceFile('{"schemaVersion": 3, ')).toEqual({ ok: false, problems: [expect.stringMatching(/it is not JSON/)] });
    const read = readWorkspaceFile(JSON.stringify({ ...withoutPlans, pathfinder: { ...withoutPlans.pathfinder, startDate: 'next spring' } }));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatch(/^pathfinder\.startDate: Expected a real calendar date/);
    expect(readWorkspaceFile('[1, 2]').ok).toBe(false);
  });

  it('never shows more than a handful of problems at once', () => {
    const services = Array.from({ length: 20 }, (_, i) => ({ id: `S ${i}`, pathfinderId: 'x', name: '', kind: 'other' }));
    const read = readWorkspaceFile(JSON.stringify({ ...withoutPlans, services }));
    expect(!read.ok && read.problems.length).toBe(9);
    expect(!read.ok && read.problems.at(-1)).toMatch(/^And \d+ more places like these\.$/);
  });
});
