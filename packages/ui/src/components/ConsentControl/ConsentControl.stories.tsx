import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { ConsentControl } from './ConsentControl';
import { examples } from './ConsentControl.examples';

const meta = {
  title: 'Trauma-informed/ConsentControl',
  component: ConsentControl,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof ConsentControl>;
export default meta;

export const Default: StoryObj = storyFor(examples, 'Default');
export const SomeAgreed: StoryObj = storyFor(examples, 'Some agreed');
export const OnlyOptionalPurposes: StoryObj = storyFor(examples, 'Only optional purposes');
