import type { ComponentExamples } from '../../internal/examples';
import { FormField } from './FormField';

export const examples: ComponentExamples = {
  component: 'FormField',
  principle: 'empowerment',
  alsoServes: ['trust'],
  summary: 'A label, a hint and a calm error message tied to one control, so people know what is asked, why, and what to change.',
  whenToUse: ['Around a custom control that TextInput, Textarea or Select do not cover.', 'When the hint can make the answer easier: a format, an example, or that it is fine to skip.'],
  whenNotToUse: ['For groups of radios or checkboxes: use RadioGroup or CheckboxGroup, which use a fieldset.', 'To hide the label: every control needs a visible label.'],
  language: {
    do: ['Ask one clear question: "What is your postcode?"', 'Say what to change in an error: "Enter a postcode, like EH1 3AA".'],
    dont: ['Blame in errors: avoid "You failed to…", "Invalid" and "Wrong".', 'Put the only instructions in placeholder text; it disappears as people type.'],
  },
  accessibility: [
    'The label is a <label> for the control.',
    'The hint and error are announced with the control through aria-describedby, hint first.',
    'A control with an error has aria-invalid="true"; the error is shown by text and a bar, not colour alone.',
    'Ids are stable across server and client rendering.',
  ],
  examples: [
    {
      name: 'With hint',
      render: () => <FormField label="What is your postcode?" hint="We use it to find support near you.">{(control) => <input className="nttp-input" {...control} />}</FormField>,
    },
    {
      name: 'With error',
      description: 'The message says what to change, without blame.',
      render: () => (
        <FormField label="What is your postcode?" hint="We use it to find support near you." error="Enter a postcode, like EH1 3AA">
          {(control) => <input className="nttp-input" defaultValue="EH1" {...control} />}
        </FormField>
      ),
    },
  ],
};
