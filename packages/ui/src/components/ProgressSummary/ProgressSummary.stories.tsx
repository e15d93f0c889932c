import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { ProgressSummary } from './ProgressSummary';
import { examples } from './ProgressSummary.examples';

const meta = {
  title: 'Trauma-informed/ProgressSummary',
  component: ProgressSummary,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof ProgressSummary>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const NotStarted: StoryObj = { ...storyFor(examples, 'Not started'), name: 'Not started' };
export const AllCompleted: StoryObj = { ...storyFor(examples, 'All completed'), name: 'All completed' };
export const OwnUnit: StoryObj = { ...storyFor(examples, 'Own unit'), name: 'Own unit' };
