import type { ComponentExamples } from '../../internal/examples';
import { exampleTasks } from '../TaskList/TaskList.examples';
import { ProgressSummary } from './ProgressSummary';

export const examples: ComponentExamples = {
  component: 'ProgressSummary',
  principle: 'empowerment',
  alsoServes: ['trust'],
  summary:
    'Tells people how much of a longer form they have done and about how long the rest takes, so they can decide when to carry on.',
  whenToUse: ['Above a TaskList.', 'At the start of a longer form, to say how long it takes before people begin.'],
  whenNotToUse: ['On every page of a short form: it adds reading without helping.', 'When you do not know how long the sections take: leave the time out rather than guess.'],
  language: {
    do: ['Say "about" with any time estimate.', 'Remind people they can stop and come back.'],
    dont: ['Use words that rush people, such as "only" or "quickly".', 'Count optional sections as still to do.'],
  },
  accessibility: [
    'The progress is in words; the bar is hidden from screen readers and only repeats them.',
    'The bar does not rely on colour alone: it has a border and is filled by length.',
  ],
  research: ['GOV.UK and NHS task list patterns: how much is left, and roughly how long it takes.'],
  status: 'beta',
  examples: [
    { name: 'Default', description: 'Worked out from the tasks of a TaskList.', render: () => <ProgressSummary tasks={exampleTasks} /> },
    { name: 'Not started', render: () => <ProgressSummary completed={0} total={4} minutesLeft={30} /> },
    { name: 'All completed', render: () => <ProgressSummary completed={4} total={4} /> },
    { name: 'Own unit', render: () => <ProgressSummary completed={3} total={9} unit={['theme', 'themes']} /> },
  ],
};
