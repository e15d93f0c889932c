import type { ComponentExamples } from '../../internal/examples';
import { LikertScale } from './LikertScale';

const question = 'Staff explain what will happen before each appointment';

export const examples: ComponentExamples = {
  component: 'LikertScale',
  principle: 'choice',
  alsoServes: ['trust'],
  summary:
    'A scale question with each point labelled in words, and "not applicable" and "don\'t know" set apart from the scale, so people can answer honestly and those answers never count as a score.',
  whenToUse: [
    'For assessment and survey items that ask how much someone agrees, or how often or how well something happens.',
    'When some people will not be able to answer from their own experience: offer "not applicable" or "don\'t know".',
  ],
  whenNotToUse: [
    'For a yes or no question: use radios.',
    'When the answers are not in an order: use radios or checkboxes.',
  ],
  language: {
    do: ['Label every point in words, not only the ends.', 'Say the question is optional when it is, and offer "prefer not to say" or "don\'t know".'],
    dont: ['Give "not applicable" or "don\'t know" a number on the scale.', 'Say an answer is wrong or missing: say what to do next instead.'],
  },
  accessibility: [
    'The question is the legend of a fieldset; hint and message are linked with aria-describedby.',
    'Every point is a native radio with a visible text label: meaning never rests on colour or position alone.',
    '"Not applicable" and "don\'t know" come after the scale, set apart by the word "or".',
    'Arrow keys move between the answers; each target is at least 44 pixels high.',
  ],
  research: ['Assessment forms in the pathfinders: "not applicable" and "don\'t know" kept apart from the scale so they are never scored as points.'],
  status: 'beta',
  examples: [
    { name: 'Default', description: 'Five points of agreement.', render: () => <LikertScale name="q1" question={question} /> },
    {
      name: 'With not applicable and don\'t know',
      description: 'The two answers outside the scale come after it.',
      render: () => <LikertScale name="q2" question={question} hint="Think about the last three months." notApplicable dontKnow clearable />,
    },
    {
      name: 'Answered',
      render: () => <LikertScale name="q3" question={question} defaultValue={{ kind: 'scale', value: 4 }} notApplicable dontKnow clearable />,
    },
    {
      name: 'Answered outside the scale',
      render: () => <LikertScale name="q4" question={question} defaultValue={{ kind: 'dont-know' }} notApplicable dontKnow clearable />,
    },
    {
      name: 'Frequency labels',
      render: () => (
        <LikertScale name="q5" question="How often do you feel listened to?" labels={['Never', 'Rarely', 'Sometimes', 'Often', 'Always']} dontKnow="I'm not sure" />
      ),
    },
    {
      name: 'With a message',
      description: 'A calm message that says what to do next.',
      render: () => (
        <LikertScale name="q6" question={question} notApplicable dontKnow error="Choose the answer closest to your experience, or choose I don't know" required />
      ),
    },
  ],
};
