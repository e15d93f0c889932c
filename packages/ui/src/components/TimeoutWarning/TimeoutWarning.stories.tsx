import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { TimeoutWarning } from './TimeoutWarning';
import { examples } from './TimeoutWarning.examples';

const meta = {
  title: 'Trauma-informed/TimeoutWarning',
  component: TimeoutWarning,
  tags: ['autodocs'],
  // Each open dialog keeps focus inside itself, so on the docs page each story gets its own frame.
  parameters: componentParameters(examples, { isolated: true }),
} satisfies Meta<typeof TimeoutWarning>;
export default meta;

export const Open: StoryObj = storyFor(examples, 'Open');
export const WithAWayToLeave: StoryObj = storyFor(examples, 'With a way to leave');
export const OwnWords: StoryObj = storyFor(examples, 'Own words');
