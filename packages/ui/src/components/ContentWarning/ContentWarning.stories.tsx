import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { ContentWarning } from './ContentWarning';
import { examples } from './ContentWarning.examples';

const meta = {
  title: 'Trauma-informed/ContentWarning',
  component: ContentWarning,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof ContentWarning>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const Revealed: StoryObj = { ...storyFor(examples, 'Revealed'), name: 'Revealed' };
export const WithMoreDetail: StoryObj = { ...storyFor(examples, 'With more detail'), name: 'With more detail' };

// In the real browser: the content is not there until chosen, then shows, and hides again.
Default.play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.queryByText(/Sam described/)).not.toBeInTheDocument();
  await userEvent.click(canvas.getByRole('button', { name: 'Show this content' }));
  await expect(canvas.getByText(/Sam described/)).toBeVisible();
  await userEvent.click(canvas.getByRole('button', { name: 'Hide this content' }));
  await expect(canvas.queryByText(/Sam described/)).not.toBeInTheDocument();
};
