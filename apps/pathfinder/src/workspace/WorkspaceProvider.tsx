// The open workspace from IndexedDB, behind the WorkspaceApi every page uses; saving is the saver's job.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PathfinderWorkspace } from '@nttp/domain';
import { workspaceHref, WorkspaceContext, type WorkspaceApi } from './context';
import { loadWorkspace, type LoadResult } from './store';
import { SaveStatusContext, type SaveControls, type SaveStatus } from './save-status';
import { SAVE_DELAY_MS, WorkspaceSaver } from './saver';

export interface WorkspaceProviderProps {
  workspaceId: string;
  /** Shown while the workspace is read. */
  renderLoading: () => ReactNode;
  /** Shown when there is no such workspace, or it cannot be read. */
  renderProblem: (result: Exclude<LoadResult, { kind: 'found' }>) => ReactNode;
  saveDelayMs?: number;
  children: ReactNode;
}

interface Open {
  saver: WorkspaceSaver;
  workspace: PathfinderWorkspace;
  status: SaveStatus;
}

export function WorkspaceProvider({ workspaceId, renderLoading, renderProblem, saveDelayMs = SAVE_DELAY_MS, children }: WorkspaceProviderProps) {
  const [problem, setProblem] = useState<Exclude<LoadResult, { kind: 'found' }> | null>(null);
  const [open, setOpen] = useState<Open | null>(null);

  useEffect(() => {
    let saver: WorkspaceSaver | null = null;
    let closed = false;
    void loadWorkspace(workspaceId).then((result) => {
      if (closed) return;
      if (result.kind !== 'found') {
        setProblem(result);
        return;
      }
      saver = new WorkspaceSaver(
        workspaceId,
        result.record,
        {
          onWorkspace: (workspace) => setOpen((current) => current && { ...current, workspace }),
          onStatus: (status) => setOpen((current) => current && { ...current, status }),
        },
        saveDelayMs,
      );
      setOpen({ saver, workspace: result.record.workspace, status: { kind: 'saved', at: result.record.savedAt } });
    });
    return () => {
      closed = true;
      saver?.dispose();
    };
  }, [workspaceId, saveDelayMs]);

  const api = useMemo<WorkspaceApi | null>(() => {
    if (!open) return null;
    const { saver, workspace } = open;
    return { workspaceId, workspace, update: (change) => saver.update(change), href: (path) => workspaceHref(workspaceId, path) };
  }, [workspaceId, open]);

  const controls = useMemo<SaveControls | null>(() => {
    if (!open) return null;
    const { saver, status } = open;
    return { status, loadNewer: () => saver.loadNewer(), keepThisVersion: () => saver.keepThisVersion() };
  }, [open]);

  if (problem) return <>{renderProblem(problem)}</>;
  if (!api || !controls) return <>{renderLoading()}</>;
  return (
    <SaveStatusContext.Provider value={controls}>
      <WorkspaceContext.Provider value={api}>{children}</WorkspaceContext.Provider>
    </SaveStatusContext.Provider>
  );
}
