import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { ErrorSummary } from './ErrorSummary';
import { examples } from './ErrorSummary.examples';

const meta = {
  title: 'Foundations/ErrorSummary',
  component: ErrorSummary,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof ErrorSummary>;
export default meta;

export const Default: StoryObj = {
  ...storyFor(examples, 'Default'),
  name: 'Default',
  // In the real browser: each link moves focus to its field.
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('link', { name: 'Enter a phone number, like 0131 496 0000' }));
    await expect(canvas.getByRole('textbox', { name: 'Phone number' })).toHaveFocus();
  },
};
export const OneAnswer: StoryObj = { ...storyFor(examples, 'One answer'), name: 'One answer' };
