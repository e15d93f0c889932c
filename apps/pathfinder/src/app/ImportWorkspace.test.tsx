import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import { ImportWorkspace, MIGRATED_MESSAGE } from './ImportWorkspace';
import { MemoryWorkspaceProvider } from '../workspace/context';
import FilesPage from './FilesPage';
import { createWorkspace, listWorkspaces, loadWorkspace } from '../workspace/store';
import { loadWellbeingPlan } from '../storage/wellbeing-store';

const AXE = { rules: { 'color-contrast': { enabled: false } } } as const;
const file = (text: string) => new File([text], 'workspace.json', { type: 'application/json' });
const { familiarisation: _notes, languageCheck: _draft, ...version2 } = { ...structuredClone(exampleWorkspace), schemaVersion: 2 };

describe('importing a workspace file', () => {
  it('refuses a broken file calmly and leaves the workspaces as they were', async () => {
    const user = userEvent.setup();
    await createWorkspace(structuredClone(exampleWorkspace), 'kept');
    const { container } = render(<ImportWorkspace />);
    await user.upload(screen.getByLabelText('Workspace file'), file('{"schemaVersion": 3, "pathfinder": '));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('This file cannot be imported');
    expect(summary.textContent).toMatch(/Nothing has been changed/);
    expect(within(summary).getByRole('link').getAttribute('href')).toBe('#import-file');
    expect((await listWorkspaces()).map((w) => w.id)).toEqual(['kept']);
    expect((await axe(container, AXE)).violations.map((v) => v.id)).toEqual([]);
  });

  it('refuses a file from a newer version', async () => {
    const user = userEvent.setup();
    render(<ImportWorkspace />);
    await user.upload(screen.getByLabelText('Workspace file'), file(JSON.stringify({ ...exampleWorkspace, schemaVersion: 99 })));
    expect((await screen.findByRole('alert')).textContent).toMatch(/saved by a newer version of Pathfinder/);
    expect(await listWorkspaces()).toEqual([]);
  });

  it('updates an older file into a new workspace, says so, and keeps its wellbeing plan privately', async () => {
    const user = userEvent.setup();
    render(<ImportWorkspace />);
    await user.upload(screen.getByLabelText('Workspace file'), file(JSON.stringify(version2)));
    expect(await screen.findByText(MIGRATED_MESSAGE)).toBeTruthy();
    const [created] = await listWorkspaces();
    expect(screen.getByRole('link', { name: `Open ${exampleWorkspace.pathfinder.name}` }).getAttribute('href')).toBe(`#/w/${created!.id}`);
    const loaded = await loadWorkspace(created!.id);
    expect(loaded.kind === 'found' && loaded.record.workspace.wellbeingPlans).toEqual([]);
    expect(await loadWellbeingPlan(created!.id)).toEqual({ kind: 'loaded', plan: exampleWorkspace.wellbeingPlans[0] });
  });

  it('replaces the open workspace only after confirmation', async () => {
    const user = userEvent.setup();
    const other = { ...structuredClone(exampleWorkspace), wellbeingPlans: [], pathfinder: { ...exampleWorkspace.pathfinder, name: 'From the file' } };
    render(
      <MemoryWorkspaceProvider initial={{ ...structuredClone(exampleWorkspace), wellbeingPlans: [] }}>
        <FilesPage />
      </MemoryWorkspaceProvider>,
    );
    await user.upload(screen.getByLabelText(/^Replace .* with a file$/), file(JSON.stringify(other)));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getAllByRole('button', { name: 'Keep the workspace as it is' })[1]!);
    expect(screen.queryByText('This workspace now holds the file’s contents.')).toBeNull();
    await user.upload(screen.getByLabelText(/^Replace .* with a file$/), file(JSON.stringify(other)));
    await user.click(await screen.findByRole('button', { name: 'Replace with the file' }));
    expect(await screen.findByText('This workspace now holds the file’s contents.')).toBeTruthy();
    expect(screen.getByLabelText('Replace From the file with a file')).toBeTruthy();
  });
});
