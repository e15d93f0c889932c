import { describe, expect, it, vi } from 'vitest';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import { createWorkspace, deleteWorkspace, listWorkspaces, loadWorkspace, renameWorkspace, saveWorkspace } from './store';
import { openDatabase } from './db';
import { listen } from './channel';

const example = () => structuredClone(exampleWorkspace);

describe('the workspace store', () => {
  it('creates, lists, loads and deletes workspaces', async () => {
    const a = await createWorkspace(example(), 'a');
    expect(a.revision).toBe(1);
    expect(await listWorkspaces()).toEqual([{ id: 'a', name: exampleWorkspace.pathfinder.name, area: exampleWorkspace.pathfinder.area, savedAt: a.savedAt, revision: 1 }]);
    const loaded = await loadWorkspace('a');
    expect(loaded.kind === 'found' && loaded.record.workspace).toEqual(exampleWorkspace);
    await deleteWorkspace('a');
    expect(await loadWorkspace('a')).toEqual({ kind: 'missing' });
    expect(await listWorkspaces()).toEqual([]);
  });

  it('saves on top of the revision it was given and refuses a save built on an older one', async () => {
    await createWorkspace(example(), 'a');
    const renamed = { ...example(), pathfinder: { ...exampleWorkspace.pathfinder, name: 'First tab' } };
    const first = await saveWorkspace('a', renamed, 1);
    expect(first.ok && first.record.revision).toBe(2);
    // A second tab still on revision 1 is refused, and the first tab's save stays.
    const second = await saveWorkspace('a', { ...example(), pathfinder: { ...exampleWorkspace.pathfinder, name: 'Second tab' } }, 1);
    expect(second).toMatchObject({ ok: false, reason: 'conflict', stored: { revision: 2 } });
    const loaded = await loadWorkspace('a');
    expect(loaded.kind === 'found' && loaded.record.workspace.pathfinder.name).toBe('First tab');
    // Saving over it is possible only when asked for.
    const forced = await saveWorkspace('a', example(), 1, true);
    expect(forced.ok && forced.record.revision).toBe(3);
  });

  it('tells listeners (and other tabs) about every write', async () => {
    const heard = vi.fn();
    const stop = listen(heard);
    await createWorkspace(example(), 'a');
    await saveWorkspace('a', example(), 1);
    await deleteWorkspace('a');
    stop();
    expect(heard.mock.calls.map(([m]) => [m.type, m.workspaceId])).toEqual([
      ['created', 'a'],
      ['saved', 'a'],
      ['deleted', 'a'],
    ]);
  });

  it('renames through the schema, refusing an empty name', async () => {
    await createWorkspace(example(), 'a');
    expect(await renameWorkspace('a', '   ')).toMatchObject({ ok: false, issues: [{ where: 'pathfinder.name' }] });
    expect(await renameWorkspace('a', 'Riverside pathfinder')).toEqual({ ok: true });
    expect((await listWorkspaces())[0]!.name).toBe('Riverside pathfinder');
    expect(await renameWorkspace('nowhere', 'x')).toMatchObject({ ok: false });
  });

  it('migrates a record saved by an older release, and reports a damaged one without using it', async () => {
    const db = await openDatabase();
    const { familiarisation: _f, ...v2 } = example();
    await db.put('workspaces', { id: 'old', revision: 4, savedAt: '2026-01-01T10:00:00.000Z', workspace: { ...v2, schemaVersion: 2 } as never });
    const old = await loadWorkspace('old');
    expect(old.kind === 'found' && old.record.workspace.familiarisation).toEqual({ notes: [] });
    await db.put('workspaces', { id: 'bad', revision: 1, savedAt: '2026-01-01T10:00:00.000Z', workspace: { ...example(), pathfinder: { ...exampleWorkspace.pathfinder, startDate: 'soon' } } });
    const bad = await loadWorkspace('bad');
    expect(bad.kind === 'unreadable' && bad.issues[0]!.where).toBe('pathfinder.startDate');
  });
});
