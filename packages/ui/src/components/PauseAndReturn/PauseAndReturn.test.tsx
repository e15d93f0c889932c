// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { PauseAndReturn } from './PauseAndReturn';
import { examples } from './PauseAndReturn.examples';

testExamples(examples);
afterEach(cleanup);

describe('PauseAndReturn', () => {
  it('says the answers are saved, when, and until when, in the service\'s time zone', () => {
    render(<PauseAndReturn savedAt={new Date('2026-07-01T13:05:00Z')} keptUntil={new Date('2026-07-29T12:00:00Z')} />);
    expect(screen.getByRole('region', { name: 'You can take a break' })).toBeTruthy();
    const saved = screen.getByRole('status');
    expect(saved.textContent).toBe('Last saved at 2:05pm.');
    expect(saved.querySelector('time')?.getAttribute('datetime')).toBe('2026-07-01T13:05:00.000Z');
    expect(screen.getByText(/We keep your answers until/).textContent).toBe('We keep your answers until 29 July 2026.');
  });

  it('offers a link or a button to leave, only when given somewhere to go', async () => {
    const onSaveAndLeave = vi.fn();
    const { rerender } = render(<PauseAndReturn />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<PauseAndReturn href="/saved" />);
    expect(screen.getByRole('link', { name: 'Save and come back later' }).getAttribute('href')).toBe('/saved');
    rerender(<PauseAndReturn onSaveAndLeave={onSaveAndLeave} actionLabel="Stop for now" />);
    await userEvent.click(screen.getByRole('button', { name: 'Stop for now' }));
    expect(onSaveAndLeave).toHaveBeenCalledTimes(1);
  });

  it('renders the same time on the server and in the browser', async () => {
    const { renderToString } = await import('react-dom/server');
    const html = renderToString(<PauseAndReturn savedAt={new Date('2026-01-15T09:30:00Z')} timeZone="Europe/London" />);
    expect(html).toContain('9:30am');
  });
});
