// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { TimeoutWarning, formatRemaining } from './TimeoutWarning';
import { examples } from './TimeoutWarning.examples';

testExamples(examples);

const seconds = (n: number) =>
  act(() => {
    vi.advanceTimersByTime(n * 1000);
  });

describe('formatRemaining', () => {
  it('says durations the way people do', () => {
    expect(formatRemaining(120)).toBe('2 minutes');
    expect(formatRemaining(90)).toBe('1 minute 30 seconds');
    expect(formatRemaining(61)).toBe('1 minute 1 second');
    expect(formatRemaining(45)).toBe('45 seconds');
    expect(formatRemaining(0.2)).toBe('1 second');
    expect(formatRemaining(-5)).toBe('0 seconds');
  });

  it('never loses or invents time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const match = /^(?:(\d+) minutes?)?(?: ?(\d+) seconds?)?$/.exec(formatRemaining(n));
        expect(match).not.toBeNull();
        expect(Number(match?.[1] ?? 0) * 60 + Number(match?.[2] ?? 0)).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});

describe('TimeoutWarning', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  const inSeconds = (n: number) => Date.now() + n * 1000;

  it('stays out of the way until the warning time, then opens as a modal dialog', () => {
    render(<TimeoutWarning expiresAt={inSeconds(300)} onExtend={() => {}} onTimeout={() => {}} />);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    seconds(179);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    seconds(1);
    const dialog = screen.getByRole('alertdialog', { name: 'Do you need more time?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('we will sign you out in 2 minutes');
  });

  it('counts down on screen every second, and for screen readers only every 30 seconds', () => {
    render(<TimeoutWarning expiresAt={inSeconds(90)} onExtend={() => {}} onTimeout={() => {}} />);
    const dialog = screen.getByRole('alertdialog');
    // What describes the dialog is the slow-changing text, never the second-by-second countdown.
    const description = () => document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent;
    const visible = () => document.querySelector('.nttp-timeout-warning__message [aria-hidden="true"]')?.textContent;
    expect(visible()).toContain('1 minute 30 seconds');
    expect(description()).toContain('1 minute 30 seconds');
    const heard = new Set<string>();
    for (let i = 0; i < 60; i++) {
      seconds(1);
      heard.add(description() ?? '');
    }
    expect(visible()).toContain('30 seconds');
    // Sixty seconds of countdown (90 to 30 seconds left) heard at 90, 60 and 30 only.
    expect(heard.size).toBeLessThanOrEqual(3);
    expect([...heard].some((text) => text.includes('1 minute'))).toBe(true);
  });

  it('moves focus into the dialog, keeps it inside, and gives it back on close', async () => {
    vi.useRealTimers();
    const user = userEvent.setup();
    function Page({ expiresAt }: { expiresAt: number }) {
      return (
        <>
          <input aria-label="Your answer" />
          <TimeoutWarning expiresAt={expiresAt} onExtend={() => {}} onTimeout={() => {}} onLeave={() => {}} />
        </>
      );
    }
    const { rerender } = render(<Page expiresAt={inSeconds(600)} />);
    screen.getByRole('textbox').focus();
    rerender(<Page expiresAt={inSeconds(60)} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Do you need more time?' }));
    const names: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await user.tab();
      names.push(document.activeElement?.textContent ?? '');
    }
    expect(names).toEqual(['Close', 'I need more time', 'Save and come back later', 'Close']);
    rerender(<Page expiresAt={inSeconds(1200)} />);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('textbox'));
  });

  it('gives more time from the button, from Esc and from closing', () => {
    const onExtend = vi.fn();
    render(<TimeoutWarning expiresAt={inSeconds(30)} onExtend={onExtend} onTimeout={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'I need more time' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onExtend).toHaveBeenCalledTimes(3);
  });

  it('offers a second way out only when asked', () => {
    const onLeave = vi.fn();
    const { rerender } = render(<TimeoutWarning expiresAt={inSeconds(30)} onExtend={() => {}} onTimeout={() => {}} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Close', 'I need more time']);
    rerender(<TimeoutWarning expiresAt={inSeconds(30)} onExtend={() => {}} onTimeout={() => {}} onLeave={onLeave} leaveLabel="Save and leave" />);
    fireEvent.click(screen.getByRole('button', { name: 'Save and leave' }));
    expect(onLeave).toHaveBeenCalledTimes(1);
  });

  it('tells the service once when time runs out, and closes', () => {
    const onTimeout = vi.fn();
    render(<TimeoutWarning expiresAt={inSeconds(5)} onExtend={() => {}} onTimeout={onTimeout} />);
    seconds(4);
    expect(onTimeout).not.toHaveBeenCalled();
    seconds(1);
    expect(onTimeout).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    seconds(10);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('closes when the service moves the end later', () => {
    const { rerender } = render(<TimeoutWarning expiresAt={inSeconds(60)} onExtend={() => {}} onTimeout={() => {}} />);
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    rerender(<TimeoutWarning expiresAt={inSeconds(20 * 60)} onExtend={() => {}} onTimeout={() => {}} />);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
