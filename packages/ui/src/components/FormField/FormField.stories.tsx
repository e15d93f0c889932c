import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { FormField } from './FormField';
import { examples } from './FormField.examples';

const meta = {
  title: 'Foundations/FormField',
  component: FormField,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof FormField>;
export default meta;

export const WithHint: StoryObj = { ...storyFor(examples, 'With hint'), name: 'With hint' };
export const WithError: StoryObj = { ...storyFor(examples, 'With error'), name: 'With error' };
