import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import TheoryOfChangeListPage from './TheoryOfChangeListPage';
import { renderInWorkspace } from '../understanding/test-utils';
import { theoryOfChangeTasks } from './tasks';

const empty = { ...exampleWorkspace, theoriesOfChange: [], implementationPlans: [] };

afterEach(() => {
  location.hash = '';
});

describe('starting a Theory of Change', () => {
  it('starts from the fictional example and opens it', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<TheoryOfChangeListPage />, empty);
    expect(screen.getByText('There is no Theory of Change in this workspace yet.')).toBeTruthy();
    await user.type(screen.getByLabelText('Title'), 'Riverside: Theory of Change');
    await user.click(screen.getByLabelText('From the fictional example'));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const [toc] = view.workspace().theoriesOfChange;
    expect(toc).toMatchObject({ id: 'toc-1', title: 'Riverside: Theory of Change' });
    expect(toc!.nodes.length).toBe(exampleWorkspace.theoriesOfChange[0]!.nodes.length);
    expect(location.hash).toBe('#/w/w1/theory-of-change/toc-1');
  });

  it('starts a blank one, and refuses one without a title', async () => {
    const user = userEvent.setup();
    const view = renderInWorkspace(<TheoryOfChangeListPage />, empty);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(within(screen.getByRole('alert')).getByText('This needs a few words: it cannot be left empty.')).toBeTruthy();
    expect(view.workspace().theoriesOfChange).toEqual([]);
    await user.type(screen.getByLabelText('Title'), 'Ours');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(view.workspace().theoriesOfChange).toEqual([{ id: 'toc-1', title: 'Ours', nodes: [], links: [] }]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the Theory of Change task', () => {
  it('is not started, in progress, then completed once activities link through to a long-term outcome', () => {
    expect(theoryOfChangeTasks(empty)[0]!.status).toBe('not-started');
    const draft = { ...empty, theoriesOfChange: [{ id: 't', title: 'T', nodes: [{ id: 'a', kind: 'activity' as const, label: 'A', scope: 'local' as const }], links: [] }] };
    expect(theoryOfChangeTasks(draft)[0]).toMatchObject({ status: 'in-progress', hint: '1 step and 0 links.' });
    expect(theoryOfChangeTasks(exampleWorkspace)[0]).toMatchObject({ status: 'completed', path: 'theory-of-change', phase: 'plan' });
  });
});
