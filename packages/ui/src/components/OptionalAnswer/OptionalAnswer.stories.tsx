import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { OptionalAnswer } from './OptionalAnswer';
import { examples } from './OptionalAnswer.examples';

const meta = {
  title: 'Trauma-informed/OptionalAnswer',
  component: OptionalAnswer,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof OptionalAnswer>;
export default meta;

export const WithATextInput: StoryObj = { ...storyFor(examples, 'With a text input'), name: 'With a text input' };
export const Declined: StoryObj = { ...storyFor(examples, 'Declined'), name: 'Declined' };
