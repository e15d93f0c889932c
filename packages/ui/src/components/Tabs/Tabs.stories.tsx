import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { Tabs } from './Tabs';
import { examples } from './Tabs.examples';

const meta = {
  title: 'Foundations/Tabs',
  component: Tabs,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof Tabs>;
export default meta;

export const Default: StoryObj = storyFor(examples, 'Default');
export const SecondTabChosen: StoryObj = storyFor(examples, 'Second tab chosen');
