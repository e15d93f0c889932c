import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { Card } from './Card';
import { examples } from './Card.examples';

const meta = {
  title: 'Foundations/Card',
  component: Card,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof Card>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const Linked: StoryObj = { ...storyFor(examples, 'Linked'), name: 'Linked' };
