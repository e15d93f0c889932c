import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { PauseAndReturn } from './PauseAndReturn';
import { examples } from './PauseAndReturn.examples';

const meta = {
  title: 'Trauma-informed/PauseAndReturn',
  component: PauseAndReturn,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof PauseAndReturn>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const Minimal: StoryObj = { ...storyFor(examples, 'Minimal'), name: 'Minimal' };
export const WithAButton: StoryObj = { ...storyFor(examples, 'With a button'), name: 'With a button' };
