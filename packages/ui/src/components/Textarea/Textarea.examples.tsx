import type { ComponentExamples } from '../../internal/examples';
import { Textarea } from './Textarea';

export const examples: ComponentExamples = {
  component: 'Textarea',
  principle: 'choice',
  alsoServes: ['empowerment'],
  summary: 'A multi-line field for answers in people’s own words, with a gentle character count when there is a limit.',
  whenToUse: ['When people may want to explain something in their own words.', 'For feedback and "anything else you would like us to know".'],
  whenNotToUse: ['For short, known answers: use TextInput or RadioGroup.', 'To ask people to retell a painful experience you do not need: ask only what you will use.'],
  language: {
    do: ['Say that it is fine to write as much or as little as they like.', 'Say who will read the answer.'],
    dont: ['Demand detail: "Describe exactly what happened".', 'Cut people off at a hard limit without warning.'],
  },
  accessibility: [
    'Its label is always visible and tied to it.',
    'The character count is announced politely and never blocks typing.',
    'It can be resized vertically.',
  ],
  examples: [
    { name: 'Default', render: () => <Textarea label="Is there anything else you would like us to know? (optional)" hint="Write as much or as little as you like. Only your support worker will read it." /> },
    { name: 'With character count', render: () => <Textarea label="What would help you most right now? (optional)" maxCharacters={200} defaultValue="A call back in the evening." /> },
    {
      name: 'Over the limit',
      description: 'People can keep writing past the limit and see by how much, rather than being cut off mid-sentence.',
      render: () => <Textarea label="What would help you most right now? (optional)" maxCharacters={40} defaultValue="A call back in the evening, after the children are asleep." />,
    },
    { name: 'With error', render: () => <Textarea label="What would help you most right now?" error="Write a few words about what would help, or choose Skip this question" /> },
  ],
};
