import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { RadioGroup } from './RadioGroup';
import { examples } from './RadioGroup.examples';

const meta = {
  title: 'Foundations/RadioGroup',
  component: RadioGroup,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof RadioGroup>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const WithFollowUpQuestion: StoryObj = { ...storyFor(examples, 'With follow-up question'), name: 'With follow-up question' };
export const Inline: StoryObj = { ...storyFor(examples, 'Inline'), name: 'Inline' };
export const WithError: StoryObj = { ...storyFor(examples, 'With error'), name: 'With error' };
