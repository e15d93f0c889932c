import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { ErrorSummary } from './ErrorSummary';
import { examples } from './ErrorSummary.examples';

const meta = {
  title: 'Foundations/ErrorSummary',
  component: ErrorSummary,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof ErrorSummary>;
export default meta;

export const Default: StoryObj = storyFor(examples, 'Default');
export const OneAnswer: StoryObj = storyFor(examples, 'One answer');
