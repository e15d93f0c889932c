import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { Button } from './Button';
import { examples } from './Button.examples';

const meta = {
  title: 'Foundations/Button',
  component: Button,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof Button>;
export default meta;

export const Primary: StoryObj = {
  ...storyFor(examples, 'Primary'),
  name: 'Primary',
  // In the real browser: keyboard focus shows the yellow focus style, and the target is at least 44px.
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button');
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await expect(button.matches(':focus-visible')).toBe(true);
    const style = getComputedStyle(button);
    await expect(style.backgroundColor).toBe('rgb(255, 221, 0)');
    await expect(style.boxShadow).not.toBe('none');
    await expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  },
};
export const Secondary: StoryObj = { ...storyFor(examples, 'Secondary'), name: 'Secondary' };
export const Quiet: StoryObj = { ...storyFor(examples, 'Quiet'), name: 'Quiet' };
export const Disabled: StoryObj = { ...storyFor(examples, 'Disabled'), name: 'Disabled' };
