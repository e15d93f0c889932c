import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { Select } from './Select';
import { examples } from './Select.examples';

const meta = {
  title: 'Foundations/Select',
  component: Select,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof Select>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const WithError: StoryObj = { ...storyFor(examples, 'With error'), name: 'With error' };
