// Keeps one open workspace saved: accepted changes are written after a short pause, saves never overlap,
// other tabs' saves are picked up when this tab has nothing unsaved, and a save that would overwrite a
// newer version from another tab is held back until the person chooses what to keep.
import type { PathfinderWorkspace } from '@nttp/domain';
import { applyChange, type UpdateResult } from './context';
import { createWorkspace, loadWorkspace, saveWorkspace, type StoredWorkspace } from './store';
import { listen, TAB_ID, type WorkspaceMessage } from './channel';
import type { SaveStatus } from './save-status';

/**
 * How long a burst of changes (typing) is gathered before it is written. Short, so a reload straight after a
 * change finds it saved: a write started on \`pagehide\` is not always finished before the page goes.
 */
export const SAVE_DELAY_MS = 120;

export interface SaverListener {
  onWorkspace: (workspace: PathfinderWorkspace) => void;
  onStatus: (status: SaveStatus) => void;
}

export class WorkspaceSaver {
  private latest: PathfinderWorkspace;
  /** The stored revision this tab's copy was built on. */
  private base: number;
  private dirty = false;
  /** True while another tab's newer save (or deletion) waits for the person's choice. */
  private held = false;
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly stopListening: () => void;
  private readonly flushNow = () => void this.flush();
  private readonly flushWhenHidden = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  constructor(
    private readonly workspaceId: string,
    record: StoredWorkspace,
    private readonly listener: SaverListener,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {
    this.latest = record.workspace;
    this.base = record.revision;
    this.stopListening = listen((message) => this.onMessage(message));
    // Leaving the page or hiding the tab saves at once rather than after the pause.
    window.addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.flushWhenHidden);
  }

  get workspace(): PathfinderWorkspace {
    return this.latest;
  }

  update(change: (current: PathfinderWorkspace) => PathfinderWorkspace): UpdateResult {
    const result = applyChange(this.latest, change);
    if (!result.ok) return result;
    this.latest = result.workspace;
    this.dirty = true;
    this.listener.onWorkspace(result.workspace);
    if (!this.held) {
      this.listener.onStatus({ kind: 'saving' });
      clearTimeout(this.timer);
      this.timer = setTimeout(this.flushNow, this.delayMs);
    }
    return result;
  }

  /** Saves what is unsaved now; with `force`, over whatever another tab saved (the person chose to). */
  async flush(force = false): Promise<void> {
    clearTimeout(this.timer);
    if (this.running) await this.running;
    if (!force && (!this.dirty || this.held)) return;
    const snapshot = this.latest;
    this.listener.onStatus({ kind: 'saving' });
    this.running = this.write(snapshot, force);
    await this.running;
    this.running = null;
    // Changes made while that save ran go in the next one.
    if (this.dirty && !this.held) await this.flush();
  }

  private async write(snapshot: PathfinderWorkspace, force: boolean): Promise<void> {
    const result = await saveWorkspace(this.workspaceId, snapshot, this.base, force);
    if (result.ok) {
      this.base = result.record.revision;
      this.held = false;
      if (this.latest === snapshot) {
        this.dirty = false;
        this.listener.onStatus({ kind: 'saved', at: result.record.savedAt });
      }
      return;
    }
    this.held = true;
    this.listener.onStatus(result.reason === 'conflict' ? { kind: 'conflict', newer: result.stored } : { kind: 'deleted' });
  }

  /** Shows the stored version, dropping this tab's unsaved changes: only when the person asks, or has none. */
  async loadNewer(): Promise<void> {
    const result = await loadWorkspace(this.workspaceId);
    if (result.kind !== 'found') return;
    this.show(result.record);
  }

  /** Keeps this tab's copy: saved over the newer version, or put back if another tab deleted it. */
  async keepThisVersion(): Promise<void> {
    const stored = await loadWorkspace(this.workspaceId);
    if (stored.kind === 'missing') {
      this.show(await createWorkspace(this.latest, this.workspaceId));
      return;
    }
    this.dirty = true;
    await this.flush(true);
  }

  private show(record: StoredWorkspace): void {
    this.latest = record.workspace;
    this.base = record.revision;
    this.dirty = false;
    this.held = false;
    this.listener.onWorkspace(record.workspace);
    this.listener.onStatus({ kind: 'saved', at: record.savedAt });
  }

  private onMessage(message: WorkspaceMessage): void {
    if (message.from === TAB_ID || message.workspaceId !== this.workspaceId) return;
    if (message.type === 'deleted') {
      this.held = true;
      clearTimeout(this.timer);
      this.listener.onStatus({ kind: 'deleted' });
    } else if (message.type === 'saved' && message.revision > this.base) {
      if (!this.dirty && !this.running) {
        void this.loadNewer();
        return;
      }
      this.held = true;
      clearTimeout(this.timer);
      void loadWorkspace(this.workspaceId).then((result) => {
        if (result.kind === 'found') this.listener.onStatus({ kind: 'conflict', newer: result.record });
      });
    }
  }

  /** Stops listening and saves anything still waiting. */
  dispose(): void {
    this.stopListening();
    window.removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.flushWhenHidden);
    void this.flush();
  }
}
