import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { PHASES, PRINCIPLES, THEMES } from '@nttp/domain';
import { App } from './App';

describe('the pathfinder home page', () => {
  it('shows the three phases, five principles and nine themes from @nttp/domain', () => {
    render(<App />);
    const phases = within(screen.getByRole('region', { name: 'The three phases' }));
    for (const phase of PHASES) expect(phases.getByText(phase.name)).toBeTruthy();
    const principles = within(screen.getByRole('region', { name: 'The five principles' }));
    for (const principle of PRINCIPLES) expect(principles.getByText(principle.name)).toBeTruthy();
    const themes = within(screen.getByRole('region', { name: 'The nine themes' }));
    expect(themes.getAllByRole('listitem')).toHaveLength(9);
    for (const theme of THEMES) expect(themes.getByRole('heading', { name: `${theme.order}. ${theme.name}` })).toBeTruthy();
  });

  it('has one h1, a skip link to main, and no axe violations', async () => {
    const { container } = render(<App />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe('#main');
    const results = await axe(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations).toEqual([]);
  });
});
