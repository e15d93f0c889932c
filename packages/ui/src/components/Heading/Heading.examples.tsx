import type { ComponentExamples } from '../../internal/examples';
import { Heading } from './Heading';

export const examples: ComponentExamples = {
  component: 'Heading',
  principle: 'empowerment',
  summary: 'A heading that names what a page or section is about, so people can find their way and skip what they do not need.',
  whenToUse: ['For the one title of a page (level 1) and for each section under it, in order.', 'With a caption when a page is one step of a longer task.'],
  whenNotToUse: ['To make ordinary text bold or large: use Text.', 'To skip levels because of how a level looks: set the size instead.'],
  language: {
    do: ['Say what the page helps with: "Tell us about your support needs".', 'Use sentence case.'],
    dont: ['Use headings that alarm, such as "Warning!".', 'Write in capitals.'],
  },
  accessibility: [
    'The level follows the page outline; the size is set separately.',
    'A caption is part of the heading, so screen reader users hear where they are.',
    'Text lines stay within a readable width.',
  ],
  examples: [
    { name: 'Page title', render: () => <Heading level={1}>Tell us about your support needs</Heading> },
    { name: 'With caption', description: 'One step of a longer task.', render: () => <Heading level={1} caption="Section 2 of 4">Your circumstances</Heading> },
    {
      name: 'Levels',
      render: () => (
        <div>
          <Heading level={2}>What happens next</Heading>
          <Heading level={3}>If you would like a call back</Heading>
          <Heading level={4} size="m">Times we can call</Heading>
        </div>
      ),
    },
  ],
};
