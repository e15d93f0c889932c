import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { Heading } from './Heading';
import { examples } from './Heading.examples';

const meta = {
  title: 'Foundations/Heading',
  component: Heading,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof Heading>;
export default meta;

export const PageTitle: StoryObj = { ...storyFor(examples, 'Page title'), name: 'Page title' };
export const WithCaption: StoryObj = { ...storyFor(examples, 'With caption'), name: 'With caption' };
export const Levels: StoryObj = { ...storyFor(examples, 'Levels'), name: 'Levels' };
