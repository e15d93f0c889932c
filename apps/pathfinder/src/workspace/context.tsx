// The contract every page uses to read and change the open workspace. The app's store (IndexedDB, autosave,
// other tabs) sits behind it; tests and stories use the in-memory provider below.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { safeParseWorkspace, type DomainIssue, type PathfinderWorkspace } from '@nttp/domain';

export type UpdateResult = { ok: true; workspace: PathfinderWorkspace } | { ok: false; issues: DomainIssue[] };

export interface WorkspaceApi {
  /** The local id of the open workspace in this browser. */
  readonly workspaceId: string;
  /** The open workspace: always a document that @nttp/domain accepts. */
  readonly workspace: PathfinderWorkspace;
  /**
   * Changes the workspace. The result is checked with @nttp/domain first: a change that does not parse is
   * refused (nothing is kept) and its issues are returned for the page to show. Accepted changes autosave.
   */
  update(change: (current: PathfinderWorkspace) => PathfinderWorkspace): UpdateResult;
  /** The address of a page of this workspace, such as `href('assessment')` → `#/w/<id>/assessment`. */
  href(path: string): string;
}

export const WorkspaceContext = createContext<WorkspaceApi | null>(null);

/** The open workspace. Pages are only rendered inside a workspace, so this never returns null. */
export function useWorkspace(): WorkspaceApi {
  const api = useContext(WorkspaceContext);
  if (!api) throw new Error('useWorkspace() is used outside a workspace: render the page inside a workspace provider.');
  return api;
}

/** Builds the address of a page inside workspace `workspaceId`. */
export function workspaceHref(workspaceId: string, path: string): string {
  const rest = path.replace(/^\/+/, '');
  return `#/w/${encodeURIComponent(workspaceId)}${rest ? `/${rest}` : ''}`;
}

/** Applies `change` and parses the result: the one rule for accepting a change, shared by every provider. */
export function applyChange(current: PathfinderWorkspace, change: (current: PathfinderWorkspace) => PathfinderWorkspace): UpdateResult {
  const parsed = safeParseWorkspace(change(structuredClone(current)));
  return parsed.ok ? { ok: true, workspace: parsed.value } : { ok: false, issues: parsed.error.issues };
}

/** A workspace held in memory only: for component tests and stories. */
export function MemoryWorkspaceProvider({ initial, workspaceId = 'test', children }: { initial: PathfinderWorkspace; workspaceId?: string; children: ReactNode }) {
  const [workspace, setWorkspace] = useState(initial);
  const update = useCallback(
    (change: (current: PathfinderWorkspace) => PathfinderWorkspace): UpdateResult => {
      const result = applyChange(workspace, change);
      if (result.ok) setWorkspace(result.workspace);
      return result;
    },
    [workspace],
  );
  const api = useMemo<WorkspaceApi>(() => ({ workspaceId, workspace, update, href: (path) => workspaceHref(workspaceId, path) }), [workspaceId, workspace, update]);
  return <WorkspaceContext.Provider value={api}>{children}</WorkspaceContext.Provider>;
}
