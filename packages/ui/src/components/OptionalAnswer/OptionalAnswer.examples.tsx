import type { ComponentExamples } from '../../internal/examples';
import { CheckboxGroup } from '../CheckboxGroup';
import { TextInput } from '../TextInput';
import { OptionalAnswer } from './OptionalAnswer';

const supportOptions = [
  { value: 'worker', label: 'A key worker' },
  { value: 'peer', label: 'Someone with lived experience' },
  { value: 'group', label: 'A group' },
];

export const examples: ComponentExamples = {
  component: 'OptionalAnswer',
  principle: 'choice',
  alsoServes: ['trust'],
  summary:
    'Adds "I\'d prefer not to say" to a question as a real answer rather than a gap. Choosing it turns the question\'s own controls off, so the two answers never contradict each other.',
  whenToUse: [
    'For personal questions a service would like answered but does not need: identity, health, history.',
    'When a blank answer would be unclear: did the person skip it, or miss it?',
  ],
  whenNotToUse: [
    'For radios: add "Prefer not to say" as the last radio, after an "or" divider (RadioGroup\'s dividerAfter).',
    'For questions the service needs to work: explain why with WhyWeAsk instead.',
  ],
  language: {
    do: ['Mark the question "(optional)" in its label.', 'Use "I\'d prefer not to say" or "Prefer not to say".'],
    dont: ['Ask people to give a reason for not answering.', 'Say a declined answer makes the form incomplete.'],
  },
  accessibility: [
    'The decline option is a native checkbox with a visible label, after the answer and an "or".',
    'Choosing it disables the answer controls natively (a disabled fieldset), so they are skipped by Tab.',
    'The answer controls keep their own labels and hints.',
  ],
  research: ['GOV.UK equality information pattern: "Prefer not to say" set apart from the answers.'],
  status: 'beta',
  examples: [
    {
      name: 'With a text input',
      render: () => (
        <OptionalAnswer name="pronouns-declined">
          <TextInput name="pronouns" label="Which pronouns should we use for you? (optional)" width="20" />
        </OptionalAnswer>
      ),
    },
    {
      name: 'Declined',
      render: () => (
        <OptionalAnswer name="support-declined" defaultDeclined>
          <CheckboxGroup name="support" label="What kind of support would you like? (optional)" options={supportOptions} />
        </OptionalAnswer>
      ),
    },
  ],
};
