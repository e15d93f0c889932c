import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import { MemoryWorkspaceProvider } from '../../workspace/context';
import { loadWellbeingPlan } from '../../storage/wellbeing-store';
import WellbeingPage from './WellbeingPage';

const AXE = { rules: { 'color-contrast': { enabled: false } } } as const;
const initial = { ...structuredClone(exampleWorkspace), wellbeingPlans: [] };

describe('the wellbeing plan page', () => {
  it('saves the plan privately as it is written, never in the workspace, and removes it after confirmation', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <MemoryWorkspaceProvider initial={initial} workspaceId="w1">
        <WellbeingPage />
      </MemoryWorkspaceProvider>,
    );
    expect(screen.getByRole('heading', { name: /If other people use this computer/ })).toBeTruthy();
    await user.type(await screen.findByRole('textbox', { name: /What keeps me well at work/ }), 'A walk at lunchtime{enter}Tea with Sam');
    await screen.findByText(/^Saved on this device \d\d:\d\d$/, {}, { timeout: 3000 });
    const stored = await loadWellbeingPlan('w1');
    expect(stored.kind === 'loaded' && stored.plan.whatKeepsMeWell).toEqual(['A walk at lunchtime', 'Tea with Sam']);
    expect(screen.getByRole('button', { name: 'Print my plan' })).toBeTruthy();
    expect((await axe(container, AXE)).violations.map((v) => v.id)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Remove my plan from this device' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove my plan' }));
    await screen.findByText('Your plan has been removed from this device.');
    expect(await loadWellbeingPlan('w1')).toEqual({ kind: 'empty' });
  });

  it('refuses a review date that is not a real date, keeping what was saved', async () => {
    const user = userEvent.setup();
    render(
      <MemoryWorkspaceProvider initial={initial} workspaceId="w2">
        <WellbeingPage />
      </MemoryWorkspaceProvider>,
    );
    const review = await screen.findByLabelText(/When I will look at this plan again/);
    review.setAttribute('type', 'text');
    await user.type(review, 'soon');
    const summary = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(within(summary).getByRole('link', { name: /Enter the review date as a real date/ }).getAttribute('href')).toBe('#wellbeing-reviewOn');
    await waitFor(async () => expect(await loadWellbeingPlan('w2')).toEqual({ kind: 'empty' }));
  });
});
