// Workspaces kept in this browser's IndexedDB. Every write goes through a revision check inside one
// transaction, so two tabs cannot overwrite each other without knowing, and every write tells the other
// tabs (channel.ts). What is read back is migrated and parsed, never trusted as it lies.
import { safeMigrate, safeParseWorkspace, type DomainIssue, type PathfinderWorkspace } from '@nttp/domain';
import { openDatabase, type StoredWorkspace } from './db';
import { announce } from './channel';

export type { StoredWorkspace };

export interface WorkspaceSummary {
  id: string;
  name: string;
  area: string;
  savedAt: string;
  revision: number;
}

export type LoadResult =
  | { kind: 'found'; record: StoredWorkspace }
  | { kind: 'missing' }
  | { kind: 'unreadable'; issues: DomainIssue[] };

export type SaveResult =
  | { ok: true; record: StoredWorkspace }
  /** Another tab saved first: nothing was written; `stored` is what is there now. */
  | { ok: false; reason: 'conflict'; stored: StoredWorkspace }
  | { ok: false; reason: 'missing' };

/** A short random id for a new workspace's address. */
export function newWorkspaceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function listWorkspaces(): Promise<WorkspaceSummary[]> {
  const db = await openDatabase();
  const records = await db.getAll('workspaces');
  return records
    .map((r) => ({ id: r.id, name: r.workspace.pathfinder.name, area: r.workspace.pathfinder.area, savedAt: r.savedAt, revision: r.revision }))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function loadWorkspace(id: string): Promise<LoadResult> {
  const db = await openDatabase();
  const record = await db.get('workspaces', id);
  if (!record) return { kind: 'missing' };
  // Saved by an earlier release of the app: bring it up to date the same way an imported file is.
  const parsed = safeMigrate(record.workspace);
  if (!parsed.ok) return { kind: 'unreadable', issues: parsed.error.issues };
  return { kind: 'found', record: { ...record, workspace: parsed.value } };
}

export async function createWorkspace(workspace: PathfinderWorkspace, id = newWorkspaceId()): Promise<StoredWorkspace> {
  const db = await openDatabase();
  const record: StoredWorkspace = { id, revision: 1, savedAt: new Date().toISOString(), workspace };
  await db.add('workspaces', record);
  announce({ type: 'created', workspaceId: id });
  return record;
}

/**
 * Saves `workspace` if the stored revision is still `baseRevision` (what this tab last loaded or saved).
 * With `force`, saves over whatever is there: only after the person has chosen to.
 */
export async function saveWorkspace(id: string, workspace: PathfinderWorkspace, baseRevision: number, force = false): Promise<SaveResult> {
  const db = await openDatabase();
  const tx = db.transaction('workspaces', 'readwrite');
  const stored = await tx.store.get(id);
  if (!stored) {
    await tx.done;
    return { ok: false, reason: 'missing' };
  }
  if (stored.revision !== baseRevision && !force) {
    await tx.done;
    return { ok: false, reason: 'conflict', stored };
  }
  const record: StoredWorkspace = { id, revision: stored.revision + 1, savedAt: new Date().toISOString(), workspace };
  await tx.store.put(record);
  await tx.done;
  announce({ type: 'saved', workspaceId: id, revision: record.revision });
  return { ok: true, record };
}

export async function deleteWorkspace(id: string): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction(['workspaces', 'wellbeing-plans'], 'readwrite');
  await Promise.all([tx.objectStore('workspaces').delete(id), tx.objectStore('wellbeing-plans').delete(id), tx.done]);
  announce({ type: 'deleted', workspaceId: id });
}

const NOT_HERE: DomainIssue = { path: [], where: '', code: 'missing', message: 'This workspace is no longer on this device.' };

export type RenameResult = { ok: true } | { ok: false; issues: DomainIssue[] };

/** Renames the pathfinder (the name the list shows), checked like any other change. */
export async function renameWorkspace(id: string, name: string): Promise<RenameResult> {
  const loaded = await loadWorkspace(id);
  if (loaded.kind !== 'found') return { ok: false, issues: [NOT_HERE] };
  const { record } = loaded;
  const parsed = safeParseWorkspace({ ...record.workspace, pathfinder: { ...record.workspace.pathfinder, name } });
  if (!parsed.ok) return { ok: false, issues: parsed.error.issues };
  const saved = await saveWorkspace(id, parsed.value, record.revision);
  // A save from another tab landed in between: try once more on top of it.
  if (saved.ok) return { ok: true };
  return saved.reason === 'conflict' ? renameWorkspace(id, name) : { ok: false, issues: [NOT_HERE] };
}
