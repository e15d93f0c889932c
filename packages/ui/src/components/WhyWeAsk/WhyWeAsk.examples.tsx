import type { ComponentExamples } from '../../internal/examples';
import { WhyWeAsk } from './WhyWeAsk';

export const examples: ComponentExamples = {
  component: 'WhyWeAsk',
  principle: 'trust',
  alsoServes: ['choice'],
  summary:
    'Next to a personal or sensitive question, says why the service asks, what it does with the answer, and whether the question can be skipped. It stays closed until the person opens it.',
  whenToUse: [
    'Under questions about health, identity, relationships, money or past experiences.',
    'When people may reasonably wonder why a service needs to know.',
  ],
  whenNotToUse: [
    'To justify a question the service does not need: take the question out instead.',
    'For the main instructions of a question: put those in the hint, where everyone sees them.',
  ],
  language: {
    do: ['Say what the answer changes for the person.', 'Say who sees the answer and how long it is kept.'],
    dont: ['Say "we are required to" without saying why.', 'Hide the fact that the question is optional.'],
  },
  accessibility: [
    'A native details element: opens with Enter or Space, works without JavaScript and on the server.',
    'The summary is a target at least 44 pixels high with a visible focus style.',
  ],
  research: ['GOV.UK equality information pattern.', 'NHS service manual guidance on asking about sensitive topics.'],
  status: 'beta',
  examples: [
    {
      name: 'Default',
      render: () => (
        <WhyWeAsk>
          <p>We ask so we can offer you a worker who speaks your language.</p>
        </WhyWeAsk>
      ),
    },
    {
      name: 'Open, with what we do and optional',
      render: () => (
        <WhyWeAsk open whatWeDo={<p>Only your key worker sees your answer. We delete it when your support ends.</p>} optionalText="You do not have to answer this question.">
          <p>Some people want support from someone of the same gender. Your answer helps us offer that.</p>
        </WhyWeAsk>
      ),
    },
  ],
};
