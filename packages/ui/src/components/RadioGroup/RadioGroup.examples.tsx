import type { ComponentExamples } from '../../internal/examples';
import { TextInput } from '../TextInput';
import { RadioGroup } from './RadioGroup';

const contact = [
  { value: 'phone', label: 'Phone call', conditional: <TextInput label="Phone number" type="tel" autoComplete="tel" width="20" /> },
  { value: 'text', label: 'Text message' },
  { value: 'email', label: 'Email', hint: 'We will not put anything personal in the subject line.' },
  { value: 'none', label: 'Please do not contact me' },
];

export const examples: ComponentExamples = {
  component: 'RadioGroup',
  principle: 'choice',
  alsoServes: ['safety'],
  summary: 'One answer from a few options, all visible at once, grouped under the question.',
  whenToUse: ['For one answer from a few options (up to about seven).', 'With a follow-up question shown only under the option that needs it.'],
  whenNotToUse: ['For several answers: use CheckboxGroup.', 'For a long list: use Select.'],
  language: {
    do: ['Always offer a way not to answer personal questions, set apart with "or".', 'Keep options short and parallel.'],
    dont: ['Preselect an answer to a personal question.', 'Word options so that one sounds like the right answer.'],
  },
  accessibility: [
    'The question is the fieldset legend, so it is read with each option.',
    'Each radio is 32px inside a 44px target, and its label is clickable.',
    'Arrow keys move between options, as in every native radio group.',
    'A follow-up question appears after its option, in reading order.',
  ],
  examples: [
    {
      name: 'Default',
      render: () => <RadioGroup name="contact" label="How would you like us to contact you?" hint="Choose the way that is safest for you." options={contact} dividerAfter={3} />,
    },
    {
      name: 'With follow-up question',
      description: 'The phone number is asked only when phone is chosen.',
      render: () => <RadioGroup name="contact-open" label="How would you like us to contact you?" options={contact} defaultValue="phone" dividerAfter={3} />,
    },
    {
      name: 'Inline',
      render: () => (
        <RadioGroup
          name="safe-to-call"
          inline
          label="Is it safe for us to leave a voicemail?"
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
        />
      ),
    },
    {
      name: 'With error',
      render: () => <RadioGroup name="contact-error" label="How would you like us to contact you?" options={contact} dividerAfter={3} error="Choose how we can contact you, or choose Please do not contact me" />,
    },
  ],
};
