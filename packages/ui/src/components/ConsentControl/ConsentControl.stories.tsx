import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { ConsentControl } from './ConsentControl';
import { examples } from './ConsentControl.examples';

const meta = {
  title: 'Trauma-informed/ConsentControl',
  component: ConsentControl,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof ConsentControl>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const SomeAgreed: StoryObj = { ...storyFor(examples, 'Some agreed'), name: 'Some agreed' };
export const OnlyOptionalPurposes: StoryObj = { ...storyFor(examples, 'Only optional purposes'), name: 'Only optional purposes' };

// In the real browser: agreeing and withdrawing from the keyboard, confirmed in a status message.
Default.play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.tab();
  await userEvent.keyboard(' ');
  await expect(canvas.getByRole('checkbox', { name: 'Share my answers with my key worker' })).toBeChecked();
  await expect(canvas.getByRole('status')).toHaveTextContent('Agreed: Share my answers with my key worker.');
  await userEvent.click(canvas.getByRole('button', { name: 'Withdraw all' }));
  await expect(canvas.getByRole('checkbox', { name: 'Share my answers with my key worker' })).not.toBeChecked();
  await expect(canvas.getByRole('status')).toHaveTextContent('All choices withdrawn. We will stop from now on.');
};
