import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { ContentWarning } from './ContentWarning';
import { examples } from './ContentWarning.examples';

const meta = {
  title: 'Trauma-informed/ContentWarning',
  component: ContentWarning,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof ContentWarning>;
export default meta;

export const Default: StoryObj = storyFor(examples, 'Default');
export const Revealed: StoryObj = storyFor(examples, 'Revealed');
export const WithMoreDetail: StoryObj = storyFor(examples, 'With more detail');
