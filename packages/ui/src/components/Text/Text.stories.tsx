import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { Text } from './Text';
import { examples } from './Text.examples';

const meta = {
  title: 'Foundations/Text',
  component: Text,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof Text>;
export default meta;

export const Body: StoryObj = { ...storyFor(examples, 'Body'), name: 'Body' };
export const Lead: StoryObj = { ...storyFor(examples, 'Lead'), name: 'Lead' };
export const Secondary: StoryObj = { ...storyFor(examples, 'Secondary'), name: 'Secondary' };
