import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { LikertScale } from './LikertScale';
import { examples } from './LikertScale.examples';

const meta = {
  title: 'Trauma-informed/LikertScale',
  component: LikertScale,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof LikertScale>;
export default meta;

export const Default: StoryObj = storyFor(examples, 'Default');
export const WithNotApplicableAndDontKnow: StoryObj = storyFor(examples, "With not applicable and don't know");
export const Answered: StoryObj = storyFor(examples, 'Answered');
export const AnsweredOutsideTheScale: StoryObj = storyFor(examples, 'Answered outside the scale');
export const FrequencyLabels: StoryObj = storyFor(examples, 'Frequency labels');
export const WithAMessage: StoryObj = storyFor(examples, 'With a message');
