import type { ComponentExamples } from '../../internal/examples';
import { ContentWarning } from './ContentWarning';

const story = (
  <p>
    Sam described how a previous service asked them to repeat their story to three different people before anyone offered help.
  </p>
);

export const examples: ComponentExamples = {
  component: 'ContentWarning',
  principle: 'safety',
  alsoServes: ['choice'],
  summary:
    'Says specifically what the next content includes and lets the person choose to see it or skip it. Nothing is shown until they choose, and they can hide it again.',
  whenToUse: [
    'Before case studies, quotes or images that describe abuse, violence, self-harm, loss or other distressing experiences.',
    'Before questions that ask about such experiences, when the person can choose to skip them.',
  ],
  whenNotToUse: [
    'On every page "just in case": warnings that are everywhere stop being read.',
    'To hide content people must read to use the service: explain it gently instead.',
  ],
  language: {
    do: ['Name the topic specifically: "descriptions of physical abuse", not "sensitive content".', 'Make skipping as easy as continuing.'],
    dont: ['Use "trigger warning" or alarming words such as "graphic" or "disturbing".', 'Suggest people should be able to cope with it.'],
  },
  accessibility: [
    'The notice is a labelled section with a heading.',
    'The show button says whether the content is shown (aria-expanded) and which region it controls.',
    'The content is not in the page, for screen readers or anyone else, until the person chooses it.',
    'The skip link and the button are at least 44 pixels high.',
  ],
  research: ["CAST's digital safety guide: specific, opt-in warnings with a way to skip."],
  status: 'beta',
  examples: [
    {
      name: 'Default',
      render: () => (
        <ContentWarning topic="a description of being treated without respect by a service" skipHref="#next">
          {story}
        </ContentWarning>
      ),
    },
    {
      name: 'Revealed',
      render: () => (
        <ContentWarning topic="a description of being treated without respect by a service" defaultRevealed>
          {story}
        </ContentWarning>
      ),
    },
    {
      name: 'With more detail',
      render: () => (
        <ContentWarning
          topic="questions about experiences of abuse"
          description={<p>You can skip these questions. Your answers to the rest of the form will still be saved.</p>}
          skipHref="#next"
          skipLabel="Skip these questions"
          showLabel="Show the questions"
          hideLabel="Hide the questions"
        >
          <p>The questions come here.</p>
        </ContentWarning>
      ),
    },
  ],
};
