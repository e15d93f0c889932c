import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { SupportSignpost } from './SupportSignpost';
import { examples } from './SupportSignpost.examples';

const meta = {
  title: 'Trauma-informed/SupportSignpost',
  component: SupportSignpost,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof SupportSignpost>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const WithoutTheEmergencyLine: StoryObj = { ...storyFor(examples, 'Without the emergency line'), name: 'Without the emergency line' };
