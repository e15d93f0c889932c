import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { Textarea } from './Textarea';
import { examples } from './Textarea.examples';

const meta = {
  title: 'Foundations/Textarea',
  component: Textarea,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof Textarea>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const WithCharacterCount: StoryObj = { ...storyFor(examples, 'With character count'), name: 'With character count' };
export const OverTheLimit: StoryObj = { ...storyFor(examples, 'Over the limit'), name: 'Over the limit' };
export const WithError: StoryObj = { ...storyFor(examples, 'With error'), name: 'With error' };
