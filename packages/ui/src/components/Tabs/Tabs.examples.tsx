import type { ComponentExamples } from '../../internal/examples';
import { Tabs } from './Tabs';

const items = [
  { id: 'week', label: 'This week', content: <p>3 people finished the training this week.</p> },
  { id: 'month', label: 'This month', content: <p>12 people finished the training this month.</p> },
  { id: 'year', label: 'This year', content: <p>140 people finished the training this year.</p> },
];

export const examples: ComponentExamples = {
  component: 'Tabs',
  principle: 'empowerment',
  summary: 'Switches between views of related content on one page, such as the same figures for different periods.',
  whenToUse: ['For a few views of the same kind of content that people compare.', 'When people do not need to see all views at once.'],
  whenNotToUse: ['For steps in a process: use TaskList.', 'When people need to read everything: put it on the page in order.'],
  language: { do: ['Keep tab labels short and parallel.'], dont: ['Hide something people must read in a later tab.'] },
  accessibility: [
    'It follows the WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs.',
    'Only the chosen tab is in the Tab order; Tab then moves into its panel.',
    'The chosen tab is shown by shape and weight, not colour alone.',
    'All panels are in the server HTML.',
  ],
  examples: [
    { name: 'Default', render: () => <Tabs label="Training finished" items={items} /> },
    { name: 'Second tab chosen', render: () => <Tabs label="Training finished" items={items} defaultSelected="month" /> },
  ],
};
