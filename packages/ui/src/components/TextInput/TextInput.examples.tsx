import type { ComponentExamples } from '../../internal/examples';
import { TextInput } from './TextInput';

export const examples: ComponentExamples = {
  component: 'TextInput',
  principle: 'empowerment',
  alsoServes: ['choice'],
  summary: 'A single-line text field with a label, a hint and a calm error message.',
  whenToUse: ['For short answers: a name, a postcode, a number.', 'With a width that matches the expected answer.'],
  whenNotToUse: ['For long answers: use Textarea.', 'When there are a few known answers: use RadioGroup or Select.'],
  language: {
    do: ['Ask for only what you need, and say why in the hint.', 'Mark optional fields "(optional)" in the label.'],
    dont: ['Use placeholder text as the label or the only hint.', 'Write errors that blame: "You entered an invalid postcode".'],
  },
  accessibility: [
    'Its label is always visible and tied to it.',
    'It sets autocomplete where the answer is about the person, so browsers can fill it in (WCAG 1.3.5).',
    'It is at least 44px tall.',
    'An error is announced with the field and shown by text, not colour alone.',
  ],
  examples: [
    { name: 'Default', render: () => <TextInput label="What name would you like us to use?" autoComplete="name" /> },
    { name: 'With hint', render: () => <TextInput label="Postcode (optional)" hint="We use it to find support near you." width="10" autoComplete="postal-code" /> },
    {
      name: 'With error',
      render: () => <TextInput label="Postcode (optional)" hint="We use it to find support near you." width="10" error="Enter a postcode, like EH1 3AA" defaultValue="EH1" />,
    },
  ],
};
