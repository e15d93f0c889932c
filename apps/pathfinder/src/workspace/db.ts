// The app's one IndexedDB database, opened through idb. Two stores: the shared workspaces, and the private
// wellbeing plans, kept apart so a plan never travels with a workspace unless its owner says so.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PathfinderWorkspace, WellbeingPlan } from '@nttp/domain';

export const DATABASE_NAME = 'nttp-pathfinder';

/** A workspace as stored: the document, plus what the list page and the two-tab check need. */
export interface StoredWorkspace {
  id: string;
  /** Goes up by one on every save; a save that expects an older number is refused (another tab saved). */
  revision: number;
  /** When it was last saved, as an ISO timestamp. */
  savedAt: string;
  workspace: PathfinderWorkspace;
}

/** A private wellbeing plan, kept for one workspace in this browser only. */
export interface StoredWellbeingPlan {
  workspaceId: string;
  plan: WellbeingPlan;
}

interface PathfinderDb extends DBSchema {
  workspaces: { key: string; value: StoredWorkspace };
  'wellbeing-plans': { key: string; value: StoredWellbeingPlan };
}

export type Database = IDBPDatabase<PathfinderDb>;

let opening: Promise<Database> | undefined;

/** Opens (and on first use creates) the database; the same connection is shared by the whole page. */
export function openDatabase(): Promise<Database> {
  opening ??= openDB<PathfinderDb>(DATABASE_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('workspaces', { keyPath: 'id' });
      db.createObjectStore('wellbeing-plans', { keyPath: 'workspaceId' });
    },
    // Another tab with a newer version of the app wants to upgrade: let it, and open again next time.
    blocking() {
      void opening?.then((db) => db.close());
      opening = undefined;
    },
  });
  return opening;
}

/** Forgets the shared connection (tests delete the database between cases). */
export async function closeDatabase(): Promise<void> {
  const db = await opening;
  db?.close();
  opening = undefined;
}
