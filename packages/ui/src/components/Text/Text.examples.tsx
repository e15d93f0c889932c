import type { ComponentExamples } from '../../internal/examples';
import { Text } from './Text';

export const examples: ComponentExamples = {
  component: 'Text',
  principle: 'trust',
  summary: 'Body text at a readable size and line length, for plain explanations.',
  whenToUse: ['For explanations, instructions and reassurance.', 'As a lead paragraph that sums up what a page is for.'],
  whenNotToUse: ['For headings: use Heading.', 'For warnings: use GentleCallout, which has a role and an icon-free label.'],
  language: {
    do: ['Use short sentences and everyday words.', 'Say what people can do, not what they did wrong.'],
    dont: ['Use jargon or labels for people, such as "addict" or "non-compliant".', 'Put important meaning in secondary text alone.'],
  },
  accessibility: ['Body text is 19px with a line height of 1.5.', 'Lines stay within about 38 characters per em, a readable width.', 'Secondary text still meets 4.5:1 contrast.'],
  examples: [
    { name: 'Body', render: () => <Text>You can stop at any time. Your answers are saved as you go.</Text> },
    { name: 'Lead', description: 'An opening paragraph that sums up the page.', render: () => <Text lead>This takes about 10 minutes. You can skip any question.</Text> },
    { name: 'Secondary', render: () => <Text tone="secondary" size="s">Last saved at 10:42.</Text> },
  ],
};
