import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { componentParameters, storyFor } from '../../trauma-informed-stories';
import { Tabs } from './Tabs';
import { examples } from './Tabs.examples';

const meta = {
  title: 'Foundations/Tabs',
  component: Tabs,
  tags: ['autodocs'],
  parameters: componentParameters(examples),
} satisfies Meta<typeof Tabs>;
export default meta;

export const Default: StoryObj = {
  ...storyFor(examples, 'Default'),
  name: 'Default',
  // In the real browser: arrow keys move between tabs and show their panels; Tab moves into the panel.
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('tab', { name: 'This week' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'This month' })).toHaveFocus();
    await expect(canvas.getByRole('tabpanel')).toHaveTextContent('this month');
    await userEvent.tab();
    await expect(canvas.getByRole('tabpanel')).toHaveFocus();
  },
};
export const SecondTabChosen: StoryObj = { ...storyFor(examples, 'Second tab chosen'), name: 'Second tab chosen' };
