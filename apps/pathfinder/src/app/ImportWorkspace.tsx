// Brings in a workspace file: as a new workspace, or in place of the open one after confirmation. A file
// that cannot be used is explained and nothing is changed.
import { useState } from 'react';
import type { PathfinderWorkspace, WellbeingPlan } from '@nttp/domain';
import { Button, Dialog, ErrorSummary, GentleCallout, Link, Text } from '@nttp/ui';
import { readWorkspaceFile } from '../workspace/files';
import { createWorkspace } from '../workspace/store';
import { workspaceHref } from '../workspace/context';
import { loadWellbeingPlan, saveWellbeingPlan } from '../storage/wellbeing-store';
import { FilePicker } from './FilePicker';

export const MIGRATED_MESSAGE = 'This file was from an older version and has been updated.';

type Read = Extract<ReturnType<typeof readWorkspaceFile>, { ok: true }>;

interface Done {
  name: string;
  workspaceId: string;
  migratedFrom: number | null;
  plansNote: string | null;
}

/** Keeps the file's first wellbeing plan privately for this workspace, unless one is kept already. */
async function keepPlans(workspaceId: string, plans: readonly WellbeingPlan[]): Promise<string | null> {
  if (plans.length === 0) return null;
  const existing = await loadWellbeingPlan(workspaceId);
  const kept = existing.kind === 'empty' && (await saveWellbeingPlan(workspaceId, plans[0])).ok;
  const left = plans.length - (kept ? 1 : 0);
  const parts = [kept ? 'The wellbeing plan in the file is kept privately in this browser, apart from the workspace.' : '', left > 0 ? `${left} wellbeing ${left === 1 ? 'plan was' : 'plans were'} left out, so no private plan here is replaced.` : ''];
  return parts.filter(Boolean).join(' ');
}

export interface ImportWorkspaceProps {
  id?: string;
  /** Given on a workspace's own page: the file can then replace that workspace. */
  replace?: { workspaceId: string; name: string; apply: (workspace: PathfinderWorkspace) => boolean };
}

export function ImportWorkspace({ id = 'import-file', replace }: ImportWorkspaceProps) {
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<Done | null>(null);
  const [pending, setPending] = useState<Read | null>(null);
  const [target, setTarget] = useState<'new' | 'replace'>('new');

  const bringIn = async (read: Read, how: 'new' | 'replace') => {
    let workspaceId: string;
    if (how === 'replace' && replace) {
      if (!replace.apply(read.workspace)) {
        setProblems(['This file could not replace the workspace. Nothing has been changed.']);
        return;
      }
      workspaceId = replace.workspaceId;
    } else workspaceId = (await createWorkspace(read.workspace)).id;
    setDone({ name: read.workspace.pathfinder.name, workspaceId, migratedFrom: read.migratedFrom, plansNote: await keepPlans(workspaceId, read.wellbeingPlans) });
  };

  const onFile = (text: string, how: 'new' | 'replace') => {
    setDone(null);
    const read = readWorkspaceFile(text);
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setProblems([]);
    if (how === 'replace') setPending(read);
    else void bringIn(read, 'new');
  };

  return (
    <div className="app-import">
      {problems.length > 0 ? (
        <ErrorSummary
          title="This file cannot be imported"
          description="Nothing has been changed: your workspaces are as they were."
          errors={problems.map((text) => ({ href: `#${id}`, text }))}
        />
      ) : null}
      {done ? (
        <GentleCallout title={`Imported ${done.name}`} tone="reassurance" headingLevel={3}>
          {done.migratedFrom !== null ? <Text>{MIGRATED_MESSAGE}</Text> : null}
          {done.plansNote ? <Text>{done.plansNote}</Text> : null}
          {target === 'new' ? <Link href={workspaceHref(done.workspaceId, '')}>Open {done.name}</Link> : <Text>This workspace now holds the file’s contents.</Text>}
        </GentleCallout>
      ) : null}
      <FilePicker
        id={id}
        label={replace ? 'Import a file as a new workspace' : 'Workspace file'}
        hint="A .json file exported from Pathfinder. Files from older versions are updated as they are read."
        accept=".json,application/json"
        onFile={(text) => {
          setTarget('new');
          onFile(text, 'new');
        }}
      />
      {replace ? (
        <FilePicker
          id={`${id}-replace`}
          label={`Replace ${replace.name} with a file`}
          hint="You will be asked to confirm before anything is replaced."
          accept=".json,application/json"
          buttonText="Choose a file to replace this workspace"
          onFile={(text) => {
            setTarget('replace');
            onFile(text, 'replace');
          }}
        />
      ) : null}
      {pending && replace ? (
        <Dialog
          open
          onClose={() => setPending(null)}
          title={`Replace ${replace.name}?`}
          closeLabel="Keep the workspace as it is"
          actions={
            <>
              <Button
                onClick={() => {
                  const read = pending;
                  setPending(null);
                  void bringIn(read, 'replace');
                }}
              >
                Replace with the file
              </Button>
              <Button variant="secondary" onClick={() => setPending(null)}>
                Keep the workspace as it is
              </Button>
            </>
          }
        >
          <Text>
            Everything in this workspace will be replaced by the file’s contents ({pending.workspace.pathfinder.name}). If you might need the current version, export it first.
          </Text>
        </Dialog>
      ) : null}
    </div>
  );
}
