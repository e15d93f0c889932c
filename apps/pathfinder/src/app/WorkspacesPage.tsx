// The app's home: the workspaces kept in this browser, and ways to start or bring in another.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Dialog, Heading, Text, TextInput } from '@nttp/ui';
import { createWorkspace, deleteWorkspace, listWorkspaces, renameWorkspace, type WorkspaceSummary } from '../workspace/store';
import { listen } from '../workspace/channel';
import { workspaceHref } from '../workspace/context';
import { NewWorkspaceForm } from './NewWorkspaceForm';
import { ImportWorkspace } from './ImportWorkspace';
import { Section } from './Section';

const savedOn = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function RenameDialog({ workspace, onClose }: { workspace: WorkspaceSummary; onClose: () => void }) {
  const [name, setName] = useState(workspace.name);
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const save = async () => {
    const result = await renameWorkspace(workspace.id, name);
    if (result.ok) onClose();
    else setError(result.issues.find((issue) => issue.where === 'pathfinder.name') ? 'Enter a name of 1 to 200 characters.' : result.issues[0]?.message);
  };
  return (
    <Dialog open onClose={onClose} title="Rename the workspace" initialFocus={input} closeLabel="Cancel" actions={<Button onClick={() => void save()}>Save the name</Button>}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextInput ref={input} label="Pathfinder name" value={name} error={error} onChange={(event) => setName(event.target.value)} />
      </form>
    </Dialog>
  );
}

function DeleteDialog({ workspace, onClose }: { workspace: WorkspaceSummary; onClose: () => void }) {
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Delete ${workspace.name}?`}
      closeLabel="Keep it"
      actions={
        <>
          <Button
            onClick={() => {
              void deleteWorkspace(workspace.id).then(onClose);
            }}
          >
            Delete the workspace
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Keep it
          </Button>
        </>
      }
    >
      <Text>
        This removes the workspace, and any wellbeing plan kept with it, from this browser. It cannot be undone. If you might need it again, export it first from its Export and import page.
      </Text>
    </Dialog>
  );
}

export function WorkspacesPage() {
  const [workspaces, setWorkspaces] = useState<WorkspaceSummary[] | null>(null);
  const [renaming, setRenaming] = useState<WorkspaceSummary | null>(null);
  const [deleting, setDeleting] = useState<WorkspaceSummary | null>(null);
  const refresh = useCallback(() => void listWorkspaces().then(setWorkspaces), []);
  useEffect(() => {
    refresh();
    return listen(refresh);
  }, [refresh]);

  const startExample = async () => {
    // Loaded only when asked for, so the first load stays small.
    const { exampleWorkspace } = await import('@nttp/domain/fixtures');
    // Wellbeing plans are private: the example's fictional ones stay out of the shared workspace.
    const record = await createWorkspace({ ...structuredClone(exampleWorkspace), wellbeingPlans: [] });
    window.location.hash = workspaceHref(record.id, '');
  };

  return (
    <>
      <Heading level={1}>Your workspaces</Heading>
      <Text lead>
        A workspace holds one pathfinder’s work, from the first conversations to the follow-up. Workspaces are kept in this browser on this device, and nothing is sent anywhere.
      </Text>
      <Section id="workspaces-list" title="Workspaces in this browser">
        {workspaces === null ? (
          <p role="status">Looking for workspaces…</p>
        ) : workspaces.length === 0 ? (
          <Text>There are no workspaces in this browser yet. Start one below, or import a file.</Text>
        ) : (
          <ul className="app-workspace-list">
            {workspaces.map((ws) => (
              <li key={ws.id} className="app-workspace">
                <Heading level={3}>
                  <a className="nttp-link" href={workspaceHref(ws.id, '')}>
                    {ws.name}
                  </a>
                </Heading>
                <Text tone="secondary">
                  {ws.area}. Last saved {savedOn(ws.savedAt)}.
                </Text>
                <div className="app-button-row">
                  <Button variant="secondary" onClick={() => setRenaming(ws)} aria-label={`Rename ${ws.name}`}>
                    Rename
                  </Button>
                  <Button variant="quiet" onClick={() => setDeleting(ws)} aria-label={`Delete ${ws.name}`}>
                    Delete
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="workspaces-new" title="Start a new workspace">
        <NewWorkspaceForm />
      </Section>
      <Section id="workspaces-example" title="Explore the fictional example">
        <Text>The Glenmoray pathfinder is made up, with a year of fictional work in every part of the journey. Your copy is yours to change.</Text>
        <Button variant="secondary" onClick={() => void startExample()}>
          Start from the fictional example
        </Button>
      </Section>
      <Section id="workspaces-import" title="Import a workspace file">
        <ImportWorkspace />
      </Section>
      {renaming ? <RenameDialog workspace={renaming} onClose={() => setRenaming(null)} /> : null}
      {deleting ? <DeleteDialog workspace={deleting} onClose={() => setDeleting(null)} /> : null}
    </>
  );
}
