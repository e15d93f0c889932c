import type { ComponentExamples } from '../../internal/examples';
import { TaskList } from './TaskList';
import type { Task } from './TaskList';

export const exampleTasks: Task[] = [
  { id: 'about', title: 'About your service', href: '#about', status: 'completed', minutes: 5 },
  { id: 'safety', title: 'Safety', href: '#safety', status: 'in-progress', hint: 'How safe people feel using the service.', minutes: 10 },
  { id: 'trust', title: 'Trust', href: '#trust', status: 'not-started', minutes: 10 },
  { id: 'extra', title: 'Anything else you want to tell us', href: '#extra', status: 'not-started', optional: true, minutes: 5 },
  { id: 'send', title: 'Check and send', status: 'cannot-start-yet', hint: 'You can do this once the other sections are done.', minutes: 3 },
];

export const examples: ComponentExamples = {
  component: 'TaskList',
  principle: 'empowerment',
  alsoServes: ['choice', 'trust'],
  summary:
    'The sections of a longer form with the status of each, so people can see what is left, do it in the order they choose, and come back later.',
  whenToUse: ['For a form with several sections that people may complete over more than one visit.', 'With ProgressSummary above it and PauseAndReturn nearby.'],
  whenNotToUse: ['For a short form that takes one sitting: a few questions one after another is simpler.', 'To show steps that must happen in a strict order: use a step-by-step guide.'],
  language: {
    do: ['Name sections by what they are about, not by number.', 'Say why a task cannot start yet.'],
    dont: ['Use "Incomplete" or "Missing": say "Not started".', 'Use red or warning styles for tasks not yet done.'],
  },
  accessibility: [
    'Each task is a list item; its link is described by its hint and its status (aria-describedby).',
    'Statuses are words, never colour alone.',
    'A task that cannot start yet is not a link.',
    'The whole row is a target at least 44 pixels high.',
  ],
  research: ['GOV.UK, NHS and Scottish Government task list patterns; GOV.UK found bordered status tags were mistaken for buttons.'],
  status: 'beta',
  examples: [
    { name: 'Default', render: () => <TaskList tasks={exampleTasks} /> },
    { name: 'All completed', render: () => <TaskList tasks={exampleTasks.map(({ hint: _hint, ...t }) => ({ ...t, status: 'completed', href: `#${t.id}` }))} /> },
    {
      name: 'Own status words',
      render: () => <TaskList tasks={[{ id: 'draft', title: 'Your story', href: '#story', status: 'in-progress', statusText: 'Saved, not sent' }]} />,
    },
  ],
};
