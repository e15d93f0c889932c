// The words the checker should find are written here on purpose. nttp-language-disable
import { useEffect } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import type { PathfinderWorkspace } from '@nttp/domain';
import { MemoryWorkspaceProvider, useWorkspace } from '../../workspace/context';
import LanguagePage from './LanguagePage';
import { languageFeature } from '.';

const AXE = { rules: { 'color-contrast': { enabled: false } } } as const;
let seen: PathfinderWorkspace | undefined;
function Spy() {
  const { workspace } = useWorkspace();
  useEffect(() => {
    seen = workspace;
  });
  return null;
}

const blank = { ...structuredClone(exampleWorkspace), languageCheck: undefined };

/** The page inside a workspace that stays open when the page closes, as moving between pages does. */
function Harness({ initial, open }: { initial: PathfinderWorkspace; open: boolean }) {
  return (
    <MemoryWorkspaceProvider initial={initial}>
      {open ? <LanguagePage /> : null}
      <Spy />
    </MemoryWorkspaceProvider>
  );
}

function renderPage(initial: PathfinderWorkspace = blank) {
  const view = render(<Harness initial={initial} open />);
  return { ...view, closePage: () => view.rerender(<Harness initial={initial} open={false} />) };
}

describe('the language check page', () => {
  it('finds wording to change, with alternatives and sources, and keeps the text in the workspace', async () => {
    const user = userEvent.setup();
    const { container } = renderPage();
    expect(screen.getByText('Nothing to check yet.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /Text to check/ }), 'He is an addict.');
    await screen.findByText('1 place to look at.');
    expect(screen.getByText(/Try: .*person who uses drugs/)).toBeTruthy();
    expect(screen.getByText('Please change')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /drugdeathstaskforce\.scot/ }).length).toBeGreaterThan(0);
    await waitFor(() => expect(seen?.languageCheck).toEqual({ text: 'He is an addict.' }));
    expect(languageFeature.tasks(seen!)[0]!.status).toBe('in-progress');
    expect((await axe(container, AXE)).violations.map((v) => v.id)).toEqual([]);
  });

  it('opens a text file into the box and clears the text from the workspace on request', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.upload(screen.getByLabelText('Or open a file'), new File(['Our clients who are addicts often fail to engage.'], 'leaflet.txt', { type: 'text/plain' }));
    await screen.findByText(/Opened leaflet\.txt\./);
    expect((screen.getByRole('textbox', { name: /Text to check/ }) as HTMLTextAreaElement).value).toMatch(/^Our clients/);
    expect(seen?.languageCheck?.text).toMatch(/^Our clients/);
    await user.click(screen.getByRole('button', { name: 'Clear the text' }));
    expect(seen?.languageCheck).toBeUndefined();
    expect(screen.getByText(/The text has been cleared from this workspace\. Nothing to check yet\./)).toBeTruthy();
    expect(languageFeature.tasks(seen!)[0]!.status).toBe('not-started');
  });

  it('shows the text the workspace holds, and keeps typing that is still waiting when the page closes', async () => {
    const user = userEvent.setup();
    const { closePage } = renderPage({ ...structuredClone(exampleWorkspace), languageCheck: { text: 'Kept from before.' } });
    const box = screen.getByRole('textbox', { name: /Text to check/ });
    expect((box as HTMLTextAreaElement).value).toBe('Kept from before.');
    await user.type(box, ' More');
    await act(async () => closePage());
    expect(seen?.languageCheck?.text).toBe('Kept from before. More');
  });
});
