import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ColourPage, FocusPage, SpacingPage, TypePage } from './StylePages';
import './styles.css';

const meta = {
  title: 'Styles',
  parameters: { docs: { description: { component: 'The foundations every component is built from: colour, type, spacing and focus.' } } },
} satisfies Meta;
export default meta;

export const Colour: StoryObj = {
  render: () => <ColourPage />,
  play: async ({ canvasElement }) => {
    // Every text pair reaches 4.5:1 in the theme being viewed.
    const cells = [...canvasElement.querySelectorAll<HTMLElement>('[data-contrast]')];
    await expect(cells.length).toBeGreaterThan(5);
    for (const cell of cells) await expect(Number(cell.dataset.contrast)).toBeGreaterThanOrEqual(4.5);
  },
};

export const Type: StoryObj = {
  render: () => <TypePage />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const h1 = Number.parseFloat(getComputedStyle(canvas.getByRole('heading', { level: 1 })).fontSize);
    const lead = Number.parseFloat(getComputedStyle(canvasElement.querySelector('.nttp-text--l')!).fontSize);
    // The lead paragraph is never as big as a heading.
    await expect(h1).toBeGreaterThan(lead * 1.5);
  },
};

export const Spacing: StoryObj = { render: () => <SpacingPage /> };

export const Focus: StoryObj = {
  render: () => <FocusPage />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const button = canvas.getByRole('button', { name: 'A button' });
    await expect(button).toHaveFocus();
    await expect(getComputedStyle(button).boxShadow).not.toBe('none');
  },
};
