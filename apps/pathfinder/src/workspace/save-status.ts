// What the shell shows about saving: the header's status line and the two-tab notice read this.
import { createContext, useContext } from 'react';
import type { StoredWorkspace } from './db';

export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'saving' }
  /** Another tab saved a newer version while this one had changes not yet saved. */
  | { kind: 'conflict'; newer: StoredWorkspace }
  /** Another tab deleted the workspace. */
  | { kind: 'deleted' }
  | { kind: 'not-saved'; message: string };

export interface SaveControls {
  status: SaveStatus;
  /** Replaces this tab's copy with the newer saved version (the person chose to). */
  loadNewer: () => Promise<void>;
  /** Saves this tab's copy over the newer one (the person chose to). */
  keepThisVersion: () => Promise<void>;
}

export const SaveStatusContext = createContext<SaveControls | null>(null);

export function useSaveStatus(): SaveControls | null {
  return useContext(SaveStatusContext);
}

/** "Saved 10:42": the time a save finished, in the person's own clock. */
export function describeSaveStatus(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return `Saved ${new Date(status.at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
    case 'saving':
      return 'Saving…';
    case 'conflict':
      return 'Not saved: changed in another tab';
    case 'deleted':
      return 'Not saved: deleted in another tab';
    case 'not-saved':
      return 'Not saved yet';
  }
}
