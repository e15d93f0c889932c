import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { FeedbackPrompt } from './FeedbackPrompt';
import { examples } from './FeedbackPrompt.examples';

const meta = {
  title: 'Trauma-informed/FeedbackPrompt',
  component: FeedbackPrompt,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof FeedbackPrompt>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const WithoutComments: StoryObj = { ...storyFor(examples, 'Without comments'), name: 'Without comments' };

// In the real browser: after "No", focus moves to the thanks and an optional comment can be sent.
Default.play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'No' }));
  await expect(canvas.getByRole('status')).toHaveFocus();
  await userEvent.type(canvas.getByRole('textbox', { name: 'How could this page be better? (optional)' }), 'Bigger text, please.');
  await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
  await expect(canvas.getByRole('status')).toHaveTextContent('Thank you for your feedback. We read every comment.');
};
