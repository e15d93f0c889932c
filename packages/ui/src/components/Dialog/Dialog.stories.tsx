import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
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

export const Closed: StoryObj = {
  ...storyFor(examples, 'Closed'),
  name: 'Closed',
  // In the real browser: the dialog's title takes focus, keeps Tab inside, closes with Escape and gives focus back.
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const opener = canvas.getByRole('button', { name: 'Read how we keep your answers safe' });
    await userEvent.click(opener);
    canvas.getByRole('dialog', { name: 'How we keep your answers safe' });
    // The title takes focus (read first), with no frame drawn round the whole dialog.
    const title = canvas.getByRole('heading', { name: 'How we keep your answers safe' });
    await expect(title).toHaveFocus();
    await expect(getComputedStyle(title).outlineStyle).toBe('none');
    await expect(getComputedStyle(title).boxShadow).toBe('none');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('dialog')).toBeNull();
    await expect(opener).toHaveFocus();
  },
};
const open = storyFor(examples, 'Open');
// On the docs page an open modal would cover the page, so this story renders in its own frame there.
export const Open: StoryObj = { ...open, parameters: { ...open.parameters, docs: { ...open.parameters?.docs, story: { inline: false, height: '420px' } } } };
