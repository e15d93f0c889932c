import type { ComponentExamples } from '../../internal/examples';
import { CheckboxGroup } from './CheckboxGroup';

const support = [
  { value: 'housing', label: 'Somewhere safe to stay' },
  { value: 'money', label: 'Money and benefits' },
  { value: 'health', label: 'Physical or mental health', hint: 'Including substance use support.' },
  { value: 'none', label: 'None of these', exclusive: true },
];

export const examples: ComponentExamples = {
  component: 'CheckboxGroup',
  principle: 'choice',
  summary: 'Any number of answers from a few options, with "None of these" kept apart from the rest.',
  whenToUse: ['When people may choose more than one answer.', 'With an exclusive "None of these" or "Prefer not to say" option.'],
  whenNotToUse: ['For one answer: use RadioGroup.', 'For a single yes-or-no agreement: use ConsentControl.'],
  language: {
    do: ['Say "Choose all that apply" in the hint.', 'Offer a way out: "None of these" or "Prefer not to say".'],
    dont: ['Require an answer to a personal question.', 'Use negative options that are hard to read: "I do not not want…".'],
  },
  accessibility: [
    'The question is the fieldset legend.',
    'Each checkbox is 32px inside a 44px target, and its label is clickable.',
    'Choosing an exclusive option clears the others, and the change is visible right away.',
  ],
  examples: [
    { name: 'Default', render: () => <CheckboxGroup name="support" label="What would you like support with?" hint="Choose all that apply." options={support} /> },
    { name: 'With choices made', render: () => <CheckboxGroup name="support-chosen" label="What would you like support with?" hint="Choose all that apply." options={support} defaultValue={['housing', 'health']} /> },
    { name: 'With error', render: () => <CheckboxGroup name="support-error" label="What would you like support with?" options={support} error="Choose what you would like support with, or choose None of these" /> },
  ],
};
