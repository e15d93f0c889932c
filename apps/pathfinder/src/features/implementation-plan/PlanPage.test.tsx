import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import PlanPage from './PlanPage';
import { AXE_OPTIONS, renderInWorkspace } from '../understanding/test-utils';
import { implementationPlanTasks } from './tasks';

const plan = exampleWorkspace.implementationPlans[0]!;

describe('the implementation plan page', () => {
  it('shows the activities on a timeline by year and in a table of the same data, with no axe violations', async () => {
    const user = userEvent.setup();
    const { container } = renderInWorkspace(<PlanPage />, exampleWorkspace);
    for (const year of [1, 2, 3]) expect(screen.getByRole('region', { name: new RegExp(`^Year ${year}`) })).toBeTruthy();
    expect((await axe(container, AXE_OPTIONS)).violations.map((v) => v.id)).toEqual([]);
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    const table = screen.getByRole('table', { name: /The plan’s activities/ });
    expect(within(table).getAllByRole('row')).toHaveLength(plan.activities.length + 1);
    expect(within(table).getByRole('rowheader', { name: plan.activities[0]!.title })).toBeTruthy();
  });

  it('adds an activity linked to a Theory of Change activity', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<PlanPage />, exampleWorkspace);
    await user.type(screen.getByLabelText('Activity'), 'Welcome pack for new staff');
    await user.type(screen.getByLabelText(/Who takes it forward/), 'Team leader');
    await user.type(screen.getByLabelText('Start'), '2025-01-06');
    await user.type(screen.getByLabelText('Due'), '2025-06-30');
    const form = within(screen.getByRole('region', { name: 'Add an activity' }));
    await user.click(form.getByLabelText('Workforce knowledge, skills and confidence'));
    await user.click(form.getByLabelText("Introduce a 'This is me' document at first contact"));
    await user.click(form.getByRole('button', { name: 'Add the activity' }));
    const added = view.workspace().implementationPlans[0]!.activities.at(-1)!;
    expect(added).toMatchObject({ title: 'Welcome pack for new staff', owner: 'Team leader', year: 1, start: '2025-01-06', due: '2025-06-30', tocNodeIds: ['a-this-is-me'] });
    expect(screen.getByRole('heading', { name: `Activities (${plan.activities.length + 1})` })).toBeTruthy();
  });

  it('refuses a due date before the start, says so by the field, and keeps nothing', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<PlanPage />, exampleWorkspace);
    await user.type(screen.getByLabelText('Activity'), 'Backwards');
    await user.type(screen.getByLabelText(/Who takes it forward/), 'Team leader');
    await user.type(screen.getByLabelText('Start'), '2025-06-30');
    await user.type(screen.getByLabelText('Due'), '2025-01-06');
    await user.click(screen.getByLabelText('Leadership'));
    await user.click(screen.getByRole('button', { name: 'Add the activity' }));
    const message = 'The due date is before the start date: check both dates.';
    expect(within(screen.getByRole('alert')).getByRole('link', { name: message }).getAttribute('href')).toBe('#plan-activity-due');
    expect(screen.getByLabelText('Due').getAttribute('aria-invalid')).toBe('true');
    expect(view.workspace()).toBe(exampleWorkspace);
  });

  it('changes an activity’s status and removes another after asking', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<PlanPage />, exampleWorkspace);
    const [first, second] = plan.activities;
    await user.click(screen.getAllByRole('button', { name: `Change ‘${first!.title}’` })[0]!);
    expect((screen.getByLabelText('Activity') as HTMLInputElement).value).toBe(first!.title);
    await user.selectOptions(screen.getByLabelText('Status'), 'done');
    await user.click(screen.getByRole('button', { name: 'Save the activity' }));
    expect(view.workspace().implementationPlans[0]!.activities.find((a) => a.id === first!.id)!.status).toBe('done');
    await user.click(screen.getAllByRole('button', { name: `Remove the activity ‘${second!.title}’` })[0]!);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, remove it' }));
    expect(view.workspace().implementationPlans[0]!.activities.some((a) => a.id === second!.id)).toBe(false);
  });

  it('starts a plan when there is none', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<PlanPage />, { ...exampleWorkspace, implementationPlans: [] });
    await user.type(screen.getByLabelText(/Start date/), '2025-04-01');
    for (const year of [1, 2, 3]) await user.type(screen.getByLabelText(`Year ${year}: the focus`), `Focus ${year}`);
    await user.click(screen.getByRole('button', { name: 'Start the plan' }));
    expect(view.workspace().implementationPlans[0]).toMatchObject({ startDate: '2025-04-01', years: [{ year: 1, focus: 'Focus 1' }, { year: 2, focus: 'Focus 2' }, { year: 3, focus: 'Focus 3' }], activities: [] });
    expect(screen.getByText('There are no activities in the plan yet. Add the first one below.')).toBeTruthy();
  });
});

describe('the plan and policy review tasks', () => {
  it('follow the workspace', () => {
    const [planTask, reviewTask] = implementationPlanTasks(exampleWorkspace);
    expect(planTask).toMatchObject({ status: 'completed', path: 'plan' });
    expect(reviewTask).toMatchObject({ status: 'in-progress', hint: '2 reviews, 0 embedded.', phase: 'implement' });
    const none = implementationPlanTasks({ ...exampleWorkspace, implementationPlans: [], policyReviews: [] });
    expect(none.map((t) => t.status)).toEqual(['not-started', 'not-started']);
  });
});
