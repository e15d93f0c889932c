import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { Tabs, nextTabIndex } from './Tabs';
import { examples } from './Tabs.examples';

testExamples(examples);

const items = [
  { id: 'a', label: 'One', content: 'First panel' },
  { id: 'b', label: 'Two', content: 'Second panel' },
  { id: 'c', label: 'Three', content: 'Third panel' },
];

const visiblePanel = () => screen.getAllByRole('tabpanel', { hidden: true }).find((panel) => !panel.hidden)?.textContent;

describe('Tabs', () => {
  it('shows the first panel and puts only the chosen tab in the Tab order', () => {
    render(<Tabs label="Periods" items={items} />);
    expect(screen.getByRole('tablist', { name: 'Periods' })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((tab) => [tab.getAttribute('aria-selected'), tab.tabIndex])).toEqual([
      ['true', 0],
      ['false', -1],
      ['false', -1],
    ]);
    expect(visiblePanel()).toBe('First panel');
  });

  it('moves with arrow keys, Home and End, wrapping at the ends, and reports the choice', async () => {
    const onSelect = vi.fn();
    render(<Tabs label="Periods" items={items} onSelect={onSelect} />);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement?.textContent).toBe('Three');
    expect(visiblePanel()).toBe('Third panel');
    await userEvent.keyboard('{Home}');
    expect(document.activeElement?.textContent).toBe('One');
    await userEvent.keyboard('{End}{ArrowRight}{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('Two');
    expect(onSelect.mock.calls.map(([id]) => id)).toEqual(['c', 'a', 'c', 'a', 'b']);
  });

  it('moves from the chosen tab into its panel with Tab', async () => {
    render(<Tabs label="Periods" items={items} defaultSelected="b" />);
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('role')).toBe('tabpanel');
    expect(document.activeElement?.textContent).toBe('Second panel');
  });

  it('chooses a tab by click', async () => {
    render(<Tabs label="Periods" items={items} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Three' }));
    expect(visiblePanel()).toBe('Third panel');
  });

  it('always lands on a real tab from any key', () => {
    fc.assert(
      fc.property(fc.constantFrom('ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'a'), fc.integer({ min: 1, max: 20 }), fc.nat(), (key, count, start) => {
        const next = nextTabIndex(key, start % count, count);
        if (key === 'a') expect(next).toBeUndefined();
        else expect(next! >= 0 && next! < count).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
