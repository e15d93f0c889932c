import type { ComponentExamples } from '../../internal/examples';
import { Details } from './Details';

export const examples: ComponentExamples = {
  component: 'Details',
  principle: 'choice',
  summary: 'More information that people open only if they choose, so the page stays short and nothing difficult is shown unasked.',
  whenToUse: ['For help that only some people need, such as why a question is asked.', 'For detail that might be difficult to read, so people decide when to see it.'],
  whenNotToUse: ['For information everyone needs: show it on the page.', 'For a content warning before a whole page: use ContentWarning.'],
  language: {
    do: ['Write the summary as what people will find: "Why we ask about your housing".', 'Keep the hidden text short.'],
    dont: ['Hide the only way to do something inside it.', 'Use a vague summary such as "More".'],
  },
  accessibility: [
    'It is a native <details>, so it opens with Enter or Space and works without JavaScript.',
    'The open and closed states are announced, and shown by the arrow’s direction, not colour.',
    'The summary is at least 44px tall.',
  ],
  research: ['Scottish Government details component: more information only for people who choose it.'],
  status: 'beta',
  examples: [
    {
      name: 'Closed',
      render: () => (
        <Details summary="Why we ask about your housing">
          <p>Knowing where you are staying helps us offer support that fits. You can skip this question.</p>
        </Details>
      ),
    },
    {
      name: 'Open',
      render: () => (
        <Details summary="Why we ask about your housing" open>
          <p>Knowing where you are staying helps us offer support that fits. You can skip this question.</p>
        </Details>
      ),
    },
  ],
};
