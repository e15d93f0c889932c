import type { ComponentExamples } from '../../internal/examples';
import { FeedbackPrompt } from './FeedbackPrompt';

const noop = () => undefined;

export const examples: ComponentExamples = {
  component: 'FeedbackPrompt',
  principle: 'collaboration',
  alsoServes: ['empowerment'],
  summary:
    '"Was this page helpful?": a two-button question, then an optional comment, as on Scottish Government sites. It lets the people who use a service shape it.',
  whenToUse: ['At the end of content pages and confirmation pages.', 'When someone will read the answers and act on them.'],
  whenNotToUse: ['In the middle of a form: it interrupts.', 'As the only way to complain or get help: link to those separately.'],
  language: {
    do: ['Say the comment is optional.', 'Say what not to include and that there is no reply from here.'],
    dont: ['Ask people to rate their experience on many scales.', 'Ask why they did not find it helpful as if it were their fault.'],
  },
  accessibility: [
    'The yes and no buttons are a group named by the question.',
    'After answering, focus moves to the thank-you message, which is also a status message.',
    'The comment box has a visible label, its note is linked with aria-describedby, and a gentle character count never cuts people off.',
  ],
  research: ['Scottish Government sites\' "Did this help?" prompt.'],
  status: 'beta',
  examples: [
    { name: 'Default', render: () => <FeedbackPrompt onAnswer={noop} onComment={noop} /> },
    { name: 'Without comments', render: () => <FeedbackPrompt question="Did this answer your question?" onAnswer={noop} /> },
  ],
};
