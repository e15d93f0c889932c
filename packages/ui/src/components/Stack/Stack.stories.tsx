import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { Stack } from './Stack';
import { examples } from './Stack.examples';

const meta = {
  title: 'Foundations/Stack',
  component: Stack,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof Stack>;
export default meta;

export const Column: StoryObj = { ...storyFor(examples, 'Column'), name: 'Column' };
export const RowOfButtons: StoryObj = { ...storyFor(examples, 'Row of buttons'), name: 'Row of buttons' };
