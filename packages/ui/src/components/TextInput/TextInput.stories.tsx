import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { TextInput } from './TextInput';
import { examples } from './TextInput.examples';

const meta = {
  title: 'Foundations/TextInput',
  component: TextInput,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof TextInput>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const WithHint: StoryObj = { ...storyFor(examples, 'With hint'), name: 'With hint' };
export const WithError: StoryObj = { ...storyFor(examples, 'With error'), name: 'With error' };
