// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { TaskList } from './TaskList';
import { exampleTasks, examples } from './TaskList.examples';

testExamples(examples);
afterEach(cleanup);

describe('TaskList', () => {
  it('lists each task with its status in words', () => {
    render(<TaskList tasks={exampleTasks} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items.map((li) => li.querySelector('.nttp-task-list__status')?.textContent)).toEqual([
      'Completed',
      'In progress',
      'Not started',
      'Not started',
      'Cannot start yet',
    ]);
  });

  it('describes each link by its hint and status', () => {
    render(<TaskList tasks={exampleTasks} />);
    const link = screen.getByRole('link', { name: 'Safety' });
    expect(link.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toEqual([
      'How safe people feel using the service.',
      'In progress',
    ]);
  });

  it('does not link a task that cannot start yet, and says why', () => {
    render(<TaskList tasks={exampleTasks} />);
    expect(screen.queryByRole('link', { name: 'Check and send' })).toBeNull();
    const item = screen.getByText('Check and send').closest('li') as HTMLElement;
    expect(within(item).getByText('You can do this once the other sections are done.')).toBeTruthy();
    render(<TaskList tasks={[{ id: 'x', title: 'Later', href: '#x', status: 'cannot-start-yet' }]} />);
    expect(screen.queryByRole('link', { name: 'Later' })).toBeNull();
  });

  it('marks optional tasks in their name', () => {
    render(<TaskList tasks={exampleTasks} />);
    expect(screen.getByRole('link', { name: 'Anything else you want to tell us (optional)' })).toBeTruthy();
  });

  it('lets people move through the tasks in any order with Tab', async () => {
    const user = userEvent.setup();
    render(<TaskList tasks={exampleTasks} />);
    const names: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await user.tab();
      names.push(document.activeElement?.textContent ?? '');
    }
    expect(names).toEqual(['About your service', 'Safety', 'Trust', 'Anything else you want to tell us (optional)']);
  });

  it('hands links to a router when asked', () => {
    render(
      <TaskList
        tasks={[{ id: 'a', title: 'About you', href: '/about', status: 'not-started' }]}
        renderLink={({ children, ...props }) => (
          <a {...props} data-router="yes">
            {children}
          </a>
        )}
      />,
    );
    expect(screen.getByRole('link', { name: 'About you' }).getAttribute('data-router')).toBe('yes');
  });
});
