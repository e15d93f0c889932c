import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import type { PathfinderWorkspace } from '@nttp/domain';
import { createWorkspace, deleteWorkspace, loadWorkspace, saveWorkspace } from './store';
import { WorkspaceSaver } from './saver';
import type { SaveStatus } from './save-status';

const renamed = (name: string) => (ws: PathfinderWorkspace) => ({ ...ws, pathfinder: { ...ws.pathfinder, name } });

async function open() {
  const record = await createWorkspace(structuredClone(exampleWorkspace), 'a');
  const statuses: SaveStatus[] = [];
  const shown: PathfinderWorkspace[] = [];
  const saver = new WorkspaceSaver('a', record, { onWorkspace: (ws) => shown.push(ws), onStatus: (s) => statuses.push(s) }, 10);
  return { saver, statuses, shown };
}

const storedName = async () => {
  const loaded = await loadWorkspace('a');
  return loaded.kind === 'found' ? loaded.record.workspace.pathfinder.name : null;
};

/** What another tab's store sends after a save (this tab ignores its own messages). */
function fromAnotherTab(message: Record<string, unknown>) {
  const channel = new BroadcastChannel('nttp-pathfinder-workspaces');
  channel.postMessage({ ...message, from: 'another-tab' });
  channel.close();
}

let saver: WorkspaceSaver | undefined;
afterEach(() => saver?.dispose());

/** Another tab's save lands first (as if its message had not arrived yet), then this tab changes too. */
async function openInConflict() {
  const opened = await open();
  await saveWorkspace('a', renamed('Other tab')(structuredClone(exampleWorkspace)), 1);
  opened.saver.update(renamed('This tab'));
  await vi.waitFor(() => expect(opened.statuses.at(-1)?.kind).toBe('conflict'));
  return opened;
}

describe('the workspace saver', () => {
  it('refuses a change that does not parse, keeping nothing', async () => {
    ({ saver } = await open());
    const result = saver.update(renamed(''));
    expect(result.ok).toBe(false);
    expect(saver.workspace.pathfinder.name).toBe(exampleWorkspace.pathfinder.name);
  });

  it('saves accepted changes after a pause, several changes in one save', async () => {
    const opened = await open();
    saver = opened.saver;
    saver.update(renamed('One'));
    saver.update(renamed('Two'));
    expect(opened.statuses.at(-1)).toEqual({ kind: 'saving' });
    await vi.waitFor(() => expect(opened.statuses.at(-1)?.kind).toBe('saved'));
    expect(await storedName()).toBe('Two');
    const loaded = await loadWorkspace('a');
    expect(loaded.kind === 'found' && loaded.record.revision).toBe(2);
  });

  it('picks up another tab’s save when it has nothing unsaved', async () => {
    const opened = await open();
    saver = opened.saver;
    await saveWorkspace('a', renamed('From the other tab')(structuredClone(exampleWorkspace)), 1);
    fromAnotherTab({ type: 'saved', workspaceId: 'a', revision: 2 });
    await vi.waitFor(() => expect(saver!.workspace.pathfinder.name).toBe('From the other tab'));
    expect(opened.shown.at(-1)?.pathfinder.name).toBe('From the other tab');
  });

  it('holds its own change back when another tab saved first, until the person chooses', async () => {
    const opened = await openInConflict();
    saver = opened.saver;
    expect(await storedName()).toBe('Other tab');
    // Neither version is lost: this tab still shows its own until the person chooses.
    expect(saver.workspace.pathfinder.name).toBe('This tab');
    saver.update(renamed('This tab, again'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await storedName()).toBe('Other tab');

    await saver.keepThisVersion();
    expect(await storedName()).toBe('This tab, again');
    expect(opened.statuses.at(-1)?.kind).toBe('saved');
  });

  it('loads the newer version when the person asks', async () => {
    const opened = await openInConflict();
    saver = opened.saver;
    await saver.loadNewer();
    expect(saver.workspace.pathfinder.name).toBe('Other tab');
    saver.update(renamed('After loading'));
    await vi.waitFor(() => expect(opened.statuses.at(-1)?.kind).toBe('saved'));
    expect(await storedName()).toBe('After loading');
  });

  it('notices a deletion in another tab and can put this tab’s copy back', async () => {
    const opened = await open();
    saver = opened.saver;
    saver.update(renamed('Still here'));
    await deleteWorkspace('a');
    fromAnotherTab({ type: 'deleted', workspaceId: 'a' });
    await vi.waitFor(() => expect(opened.statuses.at(-1)?.kind).toBe('deleted'));
    await saver.keepThisVersion();
    expect(await storedName()).toBe('Still here');
  });
});
