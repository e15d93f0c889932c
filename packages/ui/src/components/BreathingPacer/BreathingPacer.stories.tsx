import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { BreathingPacer } from './BreathingPacer';
import { examples } from './BreathingPacer.examples';

const meta = {
  title: 'Trauma-informed/BreathingPacer',
  component: BreathingPacer,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof BreathingPacer>;
export default meta;

export const Default: StoryObj = storyFor(examples, 'Default');
export const WithAHoldAndASetNumberOfBreaths: StoryObj = storyFor(examples, 'With a hold and a set number of breaths');
export const OwnTitleAndPaces: StoryObj = storyFor(examples, 'Own title and paces');
