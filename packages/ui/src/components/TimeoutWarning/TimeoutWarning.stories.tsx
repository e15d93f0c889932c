import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { TimeoutWarning } from './TimeoutWarning';
import { examples } from './TimeoutWarning.examples';

const meta = {
  title: 'Trauma-informed/TimeoutWarning',
  component: TimeoutWarning,
  tags: ['autodocs'],
  // Each open dialog keeps focus inside itself, so on the docs page each story gets its own frame.
  parameters: componentParameters(examples, { isolated: true }),
} satisfies Meta<typeof TimeoutWarning>;
export default meta;

export const Open: StoryObj = { ...storyFor(examples, 'Open'), name: 'Open' };
export const WithAWayToLeave: StoryObj = { ...storyFor(examples, 'With a way to leave'), name: 'With a way to leave' };
export const OwnWords: StoryObj = { ...storyFor(examples, 'Own words'), name: 'Own words' };

// In the real browser: focus starts in the dialog and stays there; Esc gives more time and closes it.
Open.play = async ({ canvasElement }) => {
  const page = within(canvasElement.ownerDocument.body);
  await page.findByRole('alertdialog', { name: 'Do you need more time?' });
  // The dialog appears a moment before its title takes focus (after the browser paints): wait for it.
  await waitFor(() => expect(page.getByRole('heading', { name: 'Do you need more time?' })).toHaveFocus());
  await userEvent.tab();
  await expect(page.getByRole('button', { name: 'Close' })).toHaveFocus();
  await userEvent.tab();
  await expect(page.getByRole('button', { name: 'I need more time' })).toHaveFocus();
  await userEvent.tab();
  await expect(page.getByRole('button', { name: 'Close' })).toHaveFocus();
  await userEvent.keyboard('{Escape}');
  await expect(page.queryByRole('alertdialog')).not.toBeInTheDocument();
  await expect(page.getByRole('status')).toHaveTextContent('You have 20 more minutes.');
};
