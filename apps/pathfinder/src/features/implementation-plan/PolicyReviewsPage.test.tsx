import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import PolicyReviewsPage from './PolicyReviewsPage';
import { AXE_OPTIONS, renderInWorkspace } from '../understanding/test-utils';

describe('the policy review tracker', () => {
  it('lists the reviews with their findings by principle, with no axe violations', async () => {
    const { container } = renderInWorkspace(<PolicyReviewsPage />, exampleWorkspace);
    expect(screen.getByRole('heading', { name: 'Recruitment and selection policy' })).toBeTruthy();
    expect(screen.getByText('Interview letters could explain what to expect on the day.')).toBeTruthy();
    expect((await axe(container, AXE_OPTIONS)).violations.map((v) => v.id)).toEqual([]);
  });

  it('adds a review with a review date and findings for two principles, leaving the blank ones out', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<PolicyReviewsPage />, { ...exampleWorkspace, policyReviews: [] });
    await user.type(screen.getByLabelText('Policy'), 'Missed appointments policy');
    await user.type(screen.getByLabelText('Who owns the policy'), 'Service manager');
    await user.selectOptions(screen.getByLabelText('Area'), 'triage-and-access');
    await user.type(screen.getByLabelText(/Review date/), '2026-03-31');
    await user.type(screen.getByLabelText('Choice'), 'People could choose a time of day.');
    await user.type(screen.getByLabelText('Trust'), 'Explain what happens after a missed appointment.');
    await user.click(screen.getByRole('button', { name: 'Add the review' }));
    expect(view.workspace().policyReviews).toEqual([
      {
        id: 'review-1',
        pathfinderId: exampleWorkspace.pathfinder.id,
        policy: 'Missed appointments policy',
        owner: 'Service manager',
        area: 'triage-and-access',
        themeIds: [],
        status: 'planned',
        dueOn: '2026-03-31',
        findings: [
          { principleId: 'trust', note: 'Explain what happens after a missed appointment.' },
          { principleId: 'choice', note: 'People could choose a time of day.' },
        ],
      },
    ]);
  });

  it('changes a review’s status, and refuses one with no policy name', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<PolicyReviewsPage />, exampleWorkspace);
    await user.click(screen.getByRole('button', { name: 'Change the review of ‘Trauma screening and triage’' }));
    await user.selectOptions(screen.getByLabelText('Status'), 'changes-agreed');
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(view.workspace().policyReviews.find((r) => r.id === 'review-triage')!.status).toBe('changes-agreed');
    const before = view.workspace();
    await user.type(screen.getByLabelText('Who owns the policy'), 'Someone');
    await user.click(screen.getByRole('button', { name: 'Add the review' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /cannot be left empty/ }).getAttribute('href')).toBe('#policy-review-policy');
    expect(view.workspace()).toBe(before);
  });
});
