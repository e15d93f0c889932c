// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import type { Task, TaskStatus } from '../TaskList/TaskList';
import { exampleTasks } from '../TaskList/TaskList.examples';
import { ProgressSummary, progressOf, roundMinutes } from './ProgressSummary';
import { examples } from './ProgressSummary.examples';

testExamples(examples);
afterEach(cleanup);

const statuses: TaskStatus[] = ['not-started', 'in-progress', 'completed', 'cannot-start-yet'];
const taskArb = fc.record({
  id: fc.uuid(),
  title: fc.string(),
  status: fc.constantFrom(...statuses),
  optional: fc.boolean(),
  minutes: fc.integer({ min: 0, max: 60 }),
});

describe('progressOf', () => {
  it('counts needed sections only and adds up the minutes still to do', () => {
    expect(progressOf(exampleTasks)).toEqual({ completed: 1, total: 4, minutesLeft: 23 });
  });

  it('gives no time when any section still to do has no estimate', () => {
    expect(progressOf([{ id: 'a', title: 'A', status: 'not-started' }]).minutesLeft).toBeUndefined();
  });

  it('never counts more done than there are, nor optional sections', () => {
    fc.assert(
      fc.property(fc.array(taskArb, { maxLength: 20 }), (tasks: Task[]) => {
        const p = progressOf(tasks);
        expect(p.completed).toBeLessThanOrEqual(p.total);
        expect(p.total).toBe(tasks.filter((t) => !t.optional).length);
        expect(p.minutesLeft).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('roundMinutes', () => {
  it('keeps short times exact and rounds longer ones to 5 minutes', () => {
    expect([0, 1, 2.5, 10, 12, 13, 23, 58].map(roundMinutes)).toEqual([0, 1, 3, 10, 10, 15, 25, 60]);
  });
});

describe('ProgressSummary', () => {
  it('says how much is done and about how long the rest takes', () => {
    render(<ProgressSummary tasks={exampleTasks} />);
    expect(screen.getByText('You have completed 1 of 4 sections.')).toBeTruthy();
    expect(screen.getByText('About 25 minutes left. You can stop and come back at any time.')).toBeTruthy();
  });

  it('says when everything is done, with no time left', () => {
    render(<ProgressSummary completed={4} total={4} minutesLeft={0} />);
    expect(screen.getByText('You have completed all 4 sections.')).toBeTruthy();
    expect(screen.queryByText(/minutes left/)).toBeNull();
  });

  it('uses the singular for one', () => {
    render(<ProgressSummary completed={0} total={1} minutesLeft={1} unit={['theme', 'themes']} />);
    expect(screen.getByText('You have completed 0 of 1 theme.')).toBeTruthy();
    expect(screen.getByText(/About 1 minute left/)).toBeTruthy();
  });

  it('hides the bar from screen readers, since the words say it all', () => {
    const { container } = render(<ProgressSummary completed={1} total={4} />);
    const bar = container.querySelector('.nttp-progress-summary__bar');
    expect(bar?.getAttribute('aria-hidden')).toBe('true');
    expect((bar?.firstElementChild as HTMLElement).style.width).toBe('25%');
  });
});
