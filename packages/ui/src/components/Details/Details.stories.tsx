import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { Details } from './Details';
import { examples } from './Details.examples';

const meta = {
  title: 'Foundations/Details',
  component: Details,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof Details>;
export default meta;

export const Closed: StoryObj = { ...storyFor(examples, 'Closed'), name: 'Closed' };
export const Open: StoryObj = { ...storyFor(examples, 'Open'), name: 'Open' };
