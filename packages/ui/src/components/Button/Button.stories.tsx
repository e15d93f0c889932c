import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { Button } from './Button';
import { examples } from './Button.examples';

const meta = {
  title: 'Foundations/Button',
  component: Button,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof Button>;
export default meta;

export const Primary: StoryObj = storyFor(examples, 'Primary');
export const Secondary: StoryObj = storyFor(examples, 'Secondary');
export const Quiet: StoryObj = storyFor(examples, 'Quiet');
export const Disabled: StoryObj = storyFor(examples, 'Disabled');
