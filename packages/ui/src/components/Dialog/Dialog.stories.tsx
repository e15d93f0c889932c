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
const open = storyFor(examples, 'Open');
// On the docs page an open modal would cover the page, so this story renders in its own frame there.
export const Open: StoryObj = { ...open, parameters: { ...open.parameters, docs: { ...open.parameters?.docs, story: { inline: false, height: '420px' } } } };
