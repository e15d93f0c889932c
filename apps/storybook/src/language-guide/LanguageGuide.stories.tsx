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

export const Everything: Story = {
  name: 'The whole guide',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // A content note comes first, and every entry leads with the kinder wording.
    await expect(canvas.getByRole('heading', { name: /Content note/ })).toBeVisible();
    const first = canvas.getAllByRole('listitem')[0]!;
    await expect(within(first).getByRole('heading', { level: 3 }).textContent).toMatch(/^Say “/);
    // The words to avoid are folded away until the reader opens them.
    const folded = first.querySelector('details');
    await expect(folded?.open).toBe(false);
    // Severity in plain words, never "error".
    await expect(first.textContent).toMatch(/Always change|Usually change|Think about it|Good to know|Not checked in interfaces/);
    await expect(first.textContent).not.toMatch(/in interfaces: error/);
  },
};

export const Searching: Story = {
  name: 'Searching the guide',
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
