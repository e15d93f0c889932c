import type { ComponentExamples } from '../../internal/examples';
import { Select } from './Select';

const areas = [
  { value: 'edinburgh', label: 'City of Edinburgh' },
  { value: 'glasgow', label: 'Glasgow City' },
  { value: 'highland', label: 'Highland' },
  { value: 'fife', label: 'Fife' },
];

export const examples: ComponentExamples = {
  component: 'Select',
  principle: 'choice',
  summary: 'A native drop-down list for choosing one answer from a longer list.',
  whenToUse: ['For one answer from a long, known list, such as a local authority.', 'When people are likely to know their answer before they open the list.'],
  whenNotToUse: ['For fewer than about seven options: use RadioGroup, so every option is visible.', 'For several answers: use CheckboxGroup.'],
  language: {
    do: ['Use the names people use themselves.', 'Offer "Prefer not to say" where the question is personal.'],
    dont: ['Make the first option look like a real answer.', 'Sort options in a way that ranks people.'],
  },
  accessibility: ['It is a native select, so it works with every input method and on every device.', 'Its label is always visible and tied to it.', 'It is at least 44px tall.'],
  examples: [
    { name: 'Default', render: () => <Select label="Which area do you live in?" hint="We use it to show support near you." options={areas} placeholderOption="Choose an area" /> },
    { name: 'With error', render: () => <Select label="Which area do you live in?" options={areas} placeholderOption="Choose an area" error="Choose an area, or choose Skip this question" /> },
  ],
};
