import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { FeedbackPrompt } from './FeedbackPrompt';
import { examples } from './FeedbackPrompt.examples';

const meta = {
  title: 'Trauma-informed/FeedbackPrompt',
  component: FeedbackPrompt,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof FeedbackPrompt>;
export default meta;

export const Default: StoryObj = storyFor(examples, 'Default');
export const WithoutComments: StoryObj = storyFor(examples, 'Without comments');
