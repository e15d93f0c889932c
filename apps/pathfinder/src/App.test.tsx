import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import { App } from './App';
import { createWorkspace, listWorkspaces, loadWorkspace } from './workspace/store';

const AXE = { rules: { 'color-contrast': { enabled: false } } } as const;

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

afterEach(async () => {
  await goTo('#/');
});

describe('the workspaces page', () => {
  it('starts a blank workspace from the form, refusing empty answers first', async () => {
    const user = userEvent.setup();
    const { container } = render(<App />);
    await screen.findByText(/There are no workspaces in this browser yet/);
    expect(document.title).toBe('Your workspaces – Pathfinder');
    await user.click(screen.getByRole('button', { name: 'Start the workspace' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual(['#new-name', '#new-area', '#new-startDate', '#new-serviceName', '#new-serviceKind']);
    expect(await listWorkspaces()).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: 'Pathfinder name' }), 'Riverside pathfinder');
    await user.type(screen.getByRole('textbox', { name: 'Area' }), 'Riverside HSCP');
    await user.type(screen.getByLabelText('Start date'), '2025-04-01');
    await user.type(screen.getByRole('textbox', { name: 'First service’s name' }), 'Riverside Recovery Hub');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of service' }), 'recovery-community');
    await user.click(screen.getByRole('button', { name: 'Start the workspace' }));

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/w\/[0-9a-f]{12}$/));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const heading = await screen.findByRole('heading', { level: 1, name: /Riverside pathfinder/ });
    expect(document.activeElement).toBe(heading);
    const [stored] = await listWorkspaces();
    const loaded = await loadWorkspace(stored!.id);
    expect(loaded.kind === 'found' && loaded.record.workspace.services).toEqual([
      { id: 'riverside-recovery-hub', pathfinderId: 'pathfinder', name: 'Riverside Recovery Hub', kind: 'recovery-community', partners: [] },
    ]);
    expect(document.title).toBe('Overview – Riverside pathfinder – Pathfinder');
    expect((await axe(container, AXE)).violations.map((v) => v.id)).toEqual([]);
  });

  it('renames a workspace and deletes one only after confirmation', async () => {
    const user = userEvent.setup();
    await createWorkspace(structuredClone(exampleWorkspace), 'abc');
    render(<App />);
    await user.click(await screen.findByRole('button', { name: `Rename ${exampleWorkspace.pathfinder.name}` }));
    const name = within(screen.getByRole('dialog', { name: 'Rename the workspace' })).getByRole('textbox', { name: 'Pathfinder name' });
    await user.clear(name);
    await user.type(name, 'Glenmoray, renamed');
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    await screen.findByRole('link', { name: 'Glenmoray, renamed' });

    await user.click(screen.getByRole('button', { name: 'Delete Glenmoray, renamed' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Glenmoray, renamed?' });
    await user.click(within(dialog).getAllByRole('button', { name: 'Keep it' })[1]!);
    expect(await listWorkspaces()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete Glenmoray, renamed' }));
    await user.click(screen.getByRole('button', { name: 'Delete the workspace' }));
    await screen.findByText(/There are no workspaces in this browser yet/);
    expect(await listWorkspaces()).toEqual([]);
  });
});

describe('inside a workspace', () => {
  it('shows the journey by phase with the workspace name, breadcrumbs and navigation', async () => {
    await createWorkspace(structuredClone(exampleWorkspace), 'abc');
    await goTo('#/w/abc');
    const { container } = render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Glenmoray substance use pathfinder/ });
    for (const phase of ['1. Understanding the service and its readiness', '2. Improvement planning', '3. Implementing priority areas'])
      expect(screen.getByRole('heading', { level: 2, name: phase })).toBeTruthy();
    expect(screen.getByText(/^Saved \d\d:\d\d$/)).toBeTruthy();
    const crumbs = within(screen.getByRole('navigation', { name: 'You are here' }));
    expect(crumbs.getByRole('link', { name: 'Your workspaces' }).getAttribute('href')).toBe('#/');
    expect(within(screen.getByRole('navigation', { name: 'Workspace' })).getByRole('link', { name: 'Overview' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: /Exit this page/ })).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Support for you' })).toBeTruthy();
    expect((await axe(container, AXE)).violations.map((v) => v.id)).toEqual([]);
  });

  it('says calmly when a page or a workspace is not there, with a way home', async () => {
    await createWorkspace(structuredClone(exampleWorkspace), 'abc');
    await goTo('#/w/abc/no-such-page');
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await goTo('#/w/nowhere');
    await screen.findByRole('heading', { level: 1, name: 'Workspace not found' });
    expect(screen.getByRole('link', { name: 'Go to your workspaces' }).getAttribute('href')).toBe('#/');
    await goTo('#/somewhere/else');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(document.title).toBe('Page not found – Pathfinder');
  });

  it('collapses the navigation behind a Menu button that says whether it is open', async () => {
    const user = userEvent.setup();
    await createWorkspace(structuredClone(exampleWorkspace), 'abc');
    await goTo('#/w/abc');
    render(<App />);
    const menu = await screen.findByRole('button', { name: 'Menu' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    await user.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('navigation', { name: 'Workspace' }).getAttribute('data-open')).toBe('true');
  });
});
