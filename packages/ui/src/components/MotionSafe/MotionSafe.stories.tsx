import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { MotionSafe } from './MotionSafe';
import { examples } from './MotionSafe.examples';

const meta = {
  title: 'Trauma-informed/MotionSafe',
  component: MotionSafe,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof MotionSafe>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
