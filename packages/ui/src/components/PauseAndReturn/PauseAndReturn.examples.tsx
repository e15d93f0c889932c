import type { ComponentExamples } from '../../internal/examples';
import { PauseAndReturn } from './PauseAndReturn';

const savedAt = new Date('2026-03-02T14:05:00Z');
const keptUntil = new Date('2026-03-30T12:00:00Z');

export const examples: ComponentExamples = {
  component: 'PauseAndReturn',
  principle: 'choice',
  alsoServes: ['empowerment'],
  summary:
    'Tells people their answers are saved, when, for how long and how to come back, so stopping is a choice they can make without losing anything (WCAG 3.3.7 Redundant entry).',
  whenToUse: ['On every page of a longer form that saves as people go.', 'On the task list page, above or beside the tasks.'],
  whenNotToUse: ['When answers are not saved: do not suggest people can leave safely.', 'On a one-page form that takes a minute.'],
  language: {
    do: ['Say "take a break", "when it suits you".', 'Say exactly how to come back and how long answers are kept.'],
    dont: ['Suggest people should finish in one go.', 'Use deadlines as pressure.'],
  },
  accessibility: [
    'A labelled section with a heading.',
    'Times are in a time element with a machine-readable value; the saved time is a status message, so a new save is announced.',
    'The action is a link or a button at least 44 pixels high.',
  ],
  research: ['GOV.UK save and return and task list patterns.', 'WCAG 2.2 success criterion 3.3.7, redundant entry.'],
  status: 'beta',
  examples: [
    {
      name: 'Default',
      render: () => <PauseAndReturn savedAt={savedAt} keptUntil={keptUntil} howToReturn={<p>Use the link in the email we sent you to come back.</p>} href="#saved" />,
    },
    { name: 'Minimal', render: () => <PauseAndReturn /> },
    { name: 'With a button', render: () => <PauseAndReturn savedAt={savedAt} onSaveAndLeave={() => undefined} headingLevel={3} title="Need a break?" /> },
  ],
};
