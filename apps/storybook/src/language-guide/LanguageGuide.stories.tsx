import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { LanguageGuide } from './LanguageGuide';

const meta = {
  title: 'Language guide/Lexicon',
  component: LanguageGuide,
  parameters: {
    docs: {
      description: {
        component:
          'The lexicon of @nttp/safe-language, searchable. Use it when writing copy for a service, a form or a report: each entry says what to say instead, why, and the sources behind the advice.',
      },
    },
  },
} satisfies Meta<typeof LanguageGuide>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Everything: Story = {};

export const Searching: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const status = canvas.getByRole('status');
    const total = Number(/of (\d+)/.exec(status.textContent ?? '')?.[1]);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search the guide' }), 'person who uses drugs');
    const shown = Number(/Showing (\d+)/.exec(status.textContent ?? '')?.[1]);
    await expect(shown).toBeGreaterThan(0);
    await expect(shown).toBeLessThan(total);
  },
};
