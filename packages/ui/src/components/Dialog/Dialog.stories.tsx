import type { Meta, StoryObj } from '@storybook/react-vite';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { Dialog } from './Dialog';
import { examples } from './Dialog.examples';

const meta = {
  title: 'Foundations/Dialog',
  component: Dialog,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof Dialog>;
export default meta;

export const Closed: StoryObj = storyFor(examples, 'Closed');
export const Open: StoryObj = storyFor(examples, 'Open');
