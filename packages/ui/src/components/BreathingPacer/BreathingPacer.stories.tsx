import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { BreathingPacer } from './BreathingPacer';
import { examples } from './BreathingPacer.examples';

const meta = {
  title: 'Trauma-informed/BreathingPacer',
  component: BreathingPacer,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof BreathingPacer>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const WithAHoldAndASetNumberOfBreaths: StoryObj = { ...storyFor(examples, 'With a hold and a set number of breaths'), name: 'With a hold and a set number of breaths' };
export const OwnTitleAndPaces: StoryObj = { ...storyFor(examples, 'Own title and paces'), name: 'Own title and paces' };

/** The default example with reduced motion forced by the page: nothing moves, the words still guide. */
export const DefaultUnderReducedMotion: StoryObj = {
  ...storyFor(examples, 'Default'),
  name: 'Default, under reduced motion',
  globals: { motion: 'reduce' },
};

// In the real browser: nothing starts by itself; Start, the count, Pause; and under reduced motion the
// circle is not shown while the exercise still runs.
Default.play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('status')).toHaveTextContent('Ready when you are.');
  await userEvent.click(canvas.getByRole('button', { name: 'Start' }));
  await expect(canvas.getByRole('status')).toHaveTextContent('Breathe in');
  await waitFor(() => expect(canvasElement.querySelector('.nttp-breathing__count')).toHaveTextContent('3'), { timeout: 3000 });
  await userEvent.click(canvas.getByRole('button', { name: 'Pause' }));
  await expect(canvas.getByRole('status')).toHaveTextContent('Breathe in (paused)');
  await expect(canvas.getByRole('button', { name: 'Continue' })).toBeVisible();
};

DefaultUnderReducedMotion.play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const circle = canvasElement.querySelector('.nttp-breathing__circle');
  await expect(circle === null || getComputedStyle(circle).display === 'none').toBe(true);
  await userEvent.click(canvas.getByRole('button', { name: 'Start' }));
  await expect(canvas.getByRole('status')).toHaveTextContent('Breathe in');
  await userEvent.click(canvas.getByRole('button', { name: 'Pause' }));
};
