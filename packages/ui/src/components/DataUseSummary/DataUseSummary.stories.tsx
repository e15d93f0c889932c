import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { DataUseSummary } from './DataUseSummary';
import { examples } from './DataUseSummary.examples';

const meta = {
  title: 'Trauma-informed/DataUseSummary',
  component: DataUseSummary,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof DataUseSummary>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const Short: StoryObj = { ...storyFor(examples, 'Short'), name: 'Short' };
