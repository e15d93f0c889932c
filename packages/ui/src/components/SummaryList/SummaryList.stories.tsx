import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { SummaryList } from './SummaryList';
import { examples } from './SummaryList.examples';

const meta = {
  title: 'Foundations/SummaryList',
  component: SummaryList,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof SummaryList>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Summary list'), name: 'Summary list' };
export const CheckAnswers: StoryObj = { ...storyFor(examples, 'Check answers'), name: 'Check answers' };
export const ReadOnly: StoryObj = { ...storyFor(examples, 'Read-only'), name: 'Read-only' };
