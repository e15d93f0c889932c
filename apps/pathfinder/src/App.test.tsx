import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { PHASES, PRINCIPLES, THEMES } from '@nttp/domain';
import { App } from './App';
import { ROUTES } from './routing/routes';

const AXE = { rules: { 'color-contrast': { enabled: false } } } as const;

async function goTo(path: string) {
  await act(async () => {
    location.hash = `#${path}`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

afterEach(async () => {
  await goTo('/');
  localStorage.clear();
});

describe('the overview page', () => {
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

  it('has a skip link to main that keeps the current page', async () => {
    render(<App />);
    await goTo('/language');
    expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe('#main');
    await act(async () => {
      location.hash = '#main';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Language check');
  });
});

describe('every page', () => {
  it.each(ROUTES.map((r) => [r.label, r.path]))('%s has one h1, marks its link as current and has no axe violations', async (label, path) => {
    const { container } = render(<App />);
    await goTo(path);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('link', { name: label }).getAttribute('aria-current')).toBe('page');
    expect(document.title).toBe(`${label}: Pathfinder`);
    const results = await axe(container, AXE);
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('moves focus to the main content after navigation', async () => {
    render(<App />);
    await goTo('/assessment');
    expect(document.activeElement?.id).toBe('main');
  });
});

describe('the assessment page', () => {
  it('scores the example baseline and follow-up with the shipped instrument, theme by theme', async () => {
    render(<App />);
    await goTo('/assessment');
    const table = screen.getByRole('table', { name: 'Theme scores at the baseline and the follow-up' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + THEMES.length);
    // The fictional follow-up was written to be higher: every change is described in words.
    for (const row of rows.slice(1)) expect(within(row).getByText(/^(Up|Down|No change)/)).toBeTruthy();
    expect(screen.getByText(/Scored with nttp-organisational-assessment version 1\.0\.0/)).toBeTruthy();
  });
});

describe('the language page', () => {
  it('checks the text as it is typed and offers alternatives', async () => {
    const user = userEvent.setup();
    render(<App />);
    await goTo('/language');
    const box = screen.getByRole('textbox', { name: /Text to check/ });
    await user.clear(box);
    expect(screen.getByText('Nothing to change in this text.')).toBeTruthy();
    await user.type(box, 'He is an addict.');
    expect(screen.getByText('1 place to look at.')).toBeTruthy();
    expect(screen.getByText(/Try: .*person who uses drugs/)).toBeTruthy();
  });
});

describe('the wellbeing page', () => {
  it('saves the plan on this device only, offers a download, and removes it on request', async () => {
    const user = userEvent.setup();
    render(<App />);
    await goTo('/wellbeing');
    await user.type(screen.getByRole('textbox', { name: /What keeps me well at work/ }), 'A walk at lunchtime');
    await user.click(screen.getByRole('button', { name: 'Save on this device' }));
    expect(screen.getByRole('status').textContent).toBe('Saved on this device.');
    expect(JSON.parse(localStorage.getItem('nttp-pathfinder:wellbeing-plan')!).whatKeepsMeWell).toEqual(['A walk at lunchtime']);
    const download = screen.getByRole('link', { name: /Download a copy of my plan/ });
    expect(download.getAttribute('href')).toMatch(/^data:application\/json/);
    await user.click(screen.getByRole('button', { name: 'Remove my plan from this device' }));
    expect(localStorage.getItem('nttp-pathfinder:wellbeing-plan')).toBeNull();
  });
});

describe('the Theory of Change page', () => {
  it('draws the example and lists what to look at, in words', async () => {
    render(<App />);
    await goTo('/theory-of-change');
    const checks = within(screen.getByRole('region', { name: /Things to look at \(\d+\)/ }));
    expect(checks.getAllByText(/has no indicator yet/).length).toBeGreaterThan(0);
    expect(screen.getByText('Nothing selected yet.')).toBeTruthy();
  });
});
