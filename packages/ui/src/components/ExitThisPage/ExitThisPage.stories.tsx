import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { ExitThisPage, resetExitPage } from './ExitThisPage';
import { examples } from './ExitThisPage.examples';

const meta = {
  title: 'Trauma-informed/ExitThisPage',
  component: ExitThisPage,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof ExitThisPage>;
export default meta;

export const Default: StoryObj = { ...storyFor(examples, 'Default'), name: 'Default' };
export const WithSkipLink: StoryObj = { ...storyFor(examples, 'With skip link'), name: 'With skip link' };
export const OwnRedirectAndText: StoryObj = { ...storyFor(examples, 'Own redirect and text'), name: 'Own redirect and text' };
export const ButtonOnly: StoryObj = { ...storyFor(examples, 'Button only'), name: 'Button only' };

// In the real browser: the keyboard shortcut and the skip link, then the page is put back for the next story.
Default.play = async ({ canvasElement }) => {
  const page = within(canvasElement.ownerDocument.body);
  await userEvent.keyboard('{Shift}{Shift}');
  await expect(page.getByText('Shift, press 1 more time to exit.')).toBeInTheDocument();
  await userEvent.keyboard('{Shift}');
  await expect(page.getByRole('alert')).toHaveTextContent('Loading.');
  resetExitPage();
};

WithSkipLink.play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.tab();
  const skip = canvas.getByRole('link', { name: 'Exit this page' });
  await expect(skip).toHaveFocus();
  // Hidden until focused, then a real, visible target.
  await expect(skip.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
  await userEvent.keyboard('{Enter}');
  await expect(within(canvasElement.ownerDocument.body).getByRole('alert')).toHaveTextContent('Loading.');
  resetExitPage();
};
