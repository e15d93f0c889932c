// Tells the app's other tabs and windows in this browser what changed, so a tab never keeps showing (and
// then saving over) a workspace another tab has moved on from. Quietly does nothing where
// BroadcastChannel is missing: the revision check in the store still refuses a stale save.
export type WorkspaceMessage =
  | { type: 'saved'; workspaceId: string; revision: number; from: string }
  | { type: 'deleted'; workspaceId: string; from: string }
  | { type: 'created'; workspaceId: string; from: string };

const CHANNEL_NAME = 'nttp-pathfinder-workspaces';

/** This tab's id, so a tab can tell its own messages from other tabs'. */
export const TAB_ID = Math.random().toString(36).slice(2);

type Listener = (message: WorkspaceMessage) => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  if (channel) channel.onmessage = (event: MessageEvent<WorkspaceMessage>) => listeners.forEach((listener) => listener(event.data));
  return channel;
}

type Outgoing = WorkspaceMessage extends infer M ? (M extends WorkspaceMessage ? Omit<M, 'from'> : never) : never;

/** Tells other tabs (and listeners in this tab, which can ignore their own with `from`). */
export function announce(message: Outgoing): void {
  const full = { ...message, from: TAB_ID } as WorkspaceMessage;
  getChannel()?.postMessage(full);
  listeners.forEach((listener) => listener(full));
}

/** Listens for changes from any tab; returns the function that stops listening. */
export function listen(listener: Listener): () => void {
  getChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
