// Workspace files: the whole workspace as a PathfinderWorkspace JSON document, and reading one back.
// Older versions are migrated; a newer version or a file that is not a workspace is refused, and the
// caller keeps its data as it was.
import { CURRENT_SCHEMA_VERSION, safeMigrate, safeParseWorkspace, type PathfinderWorkspace, type WellbeingPlan } from '@nttp/domain';
import { idFrom } from './ids';

export interface WorkspaceFile {
  text: string;
  filename: string;
}

/** The export: wellbeing plans are left out unless `includePlans` lists the person's own. */
export function exportWorkspace(workspace: PathfinderWorkspace, includePlans: readonly WellbeingPlan[] = [], today = new Date()): WorkspaceFile {
  const document = { ...workspace, wellbeingPlans: [...includePlans] };
  const checked = safeParseWorkspace(document);
  // The open workspace has been parsed already; this only fails if a plan does not belong in it.
  if (!checked.ok) throw checked.error;
  const date = today.toISOString().slice(0, 10);
  return { text: `${JSON.stringify(checked.value, null, 2)}\n`, filename: `${idFrom(workspace.pathfinder.name, 'pathfinder')}-${date}.json` };
}

export type ReadResult =
  | {
      ok: true;
      /** The workspace, with any wellbeing plans taken out (they are kept privately, not in the workspace). */
      workspace: PathfinderWorkspace;
      wellbeingPlans: WellbeingPlan[];
      /** The version the file was written in, when older than this app's. */
      migratedFrom: number | null;
    }
  | { ok: false; problems: string[] };

const MAX_PROBLEMS = 8;

export function readWorkspaceFile(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['This file could not be read as a workspace: it is not JSON. Choose a .json file exported from Pathfinder.'] };
  }
  const version = typeof data === 'object' && data !== null ? (data as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION)
    return {
      ok: false,
      problems: [`This file was saved by a newer version of Pathfinder (file version ${version}; this app reads up to version ${CURRENT_SCHEMA_VERSION}). Open it with the newer version, or update this app.`],
    };
  const parsed = safeMigrate(data);
  if (!parsed.ok) {
    const issues = parsed.error.issues;
    const problems = issues.slice(0, MAX_PROBLEMS).map((issue) => (issue.where ? `${issue.where}: ${issue.message}` : issue.message));
    if (issues.length > MAX_PROBLEMS) problems.push(`And ${issues.length - MAX_PROBLEMS} more places like these.`);
    return { ok: false, problems };
  }
  const { wellbeingPlans, ...rest } = parsed.value;
  return {
    ok: true,
    workspace: { ...rest, wellbeingPlans: [] },
    wellbeingPlans,
    migratedFrom: typeof version === 'number' && version < CURRENT_SCHEMA_VERSION ? version : null,
  };
}

/** Saves a file to the person's downloads: made in the browser, nothing is sent. */
export function downloadFile({ text, filename }: WorkspaceFile): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
