// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { EXIT_THIS_PAGE_DEFAULT_URL, ExitThisPage, ExitThisPageSkipLink, exitPage, resetExitPage } from './ExitThisPage';
import { examples } from './ExitThisPage.examples';

testExamples(examples);

afterEach(() => {
  cleanup();
  resetExitPage();
  vi.useRealTimers();
});

const overlay = () => document.querySelector('.nttp-exit-this-page-overlay');

describe('ExitThisPage', () => {
  it('is a link styled as a button, with a hidden "Emergency" before its text', () => {
    render(<ExitThisPage navigate={() => {}} />);
    const button = screen.getByRole('button', { name: 'Emergency Exit this page' });
    expect(button.getAttribute('href')).toBe(EXIT_THIS_PAGE_DEFAULT_URL);
  });

  it('on click, hides the page behind an alert overlay and replaces the page with the neutral one', async () => {
    const navigate = vi.fn();
    render(<ExitThisPage redirectUrl="https://example.org/weather" navigate={navigate} />);
    await userEvent.click(screen.getByRole('button'));
    expect(navigate).toHaveBeenCalledWith('https://example.org/weather');
    expect(overlay()?.getAttribute('role')).toBe('alert');
    expect(overlay()?.textContent).toBe('Loading.');
    expect(document.body.classList.contains('nttp-exit-this-page-hide-content')).toBe(true);
  });

  it('works with Space and Enter, as a button does', async () => {
    const navigate = vi.fn();
    const user = userEvent.setup();
    render(<ExitThisPage navigate={navigate} keyboardShortcut={false} />);
    await user.tab();
    await user.keyboard(' ');
    expect(navigate).toHaveBeenCalledTimes(1);
    resetExitPage();
    await user.keyboard('{Enter}');
    expect(navigate).toHaveBeenCalledTimes(2);
  });

  it('uses location.replace by default, so Back does not return to the page', () => {
    const replace = vi.fn();
    const original = window.location;
    Object.defineProperty(window, 'location', { configurable: true, value: { ...original, replace } });
    try {
      exitPage({ redirectUrl: 'https://example.org/' });
      expect(replace).toHaveBeenCalledWith('https://example.org/');
    } finally {
      Object.defineProperty(window, 'location', { configurable: true, value: original });
    }
  });

  it('leaves after Shift is pressed three times, announcing each press', async () => {
    const navigate = vi.fn();
    const user = userEvent.setup();
    render(<ExitThisPage navigate={navigate} />);
    await user.keyboard('{Shift}');
    expect(screen.getByRole('status').textContent).toBe('Shift, press 2 more times to exit.');
    await user.keyboard('{Shift}');
    expect(screen.getByRole('status').textContent).toBe('Shift, press 1 more time to exit.');
    expect(navigate).not.toHaveBeenCalled();
    await user.keyboard('{Shift}');
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(overlay()).not.toBeNull();
  });

  it('shows how many presses have counted, without relying on colour alone', async () => {
    const user = userEvent.setup();
    const { container } = render(<ExitThisPage navigate={() => {}} />);
    expect(container.querySelector('.nttp-exit-this-page__indicator')).toBeNull();
    await user.keyboard('{Shift}{Shift}');
    const indicator = container.querySelector('.nttp-exit-this-page__indicator');
    expect(indicator?.getAttribute('data-presses')).toBe('2');
    expect(indicator?.getAttribute('aria-hidden')).toBe('true');
  });

  it('starts counting again when another key is pressed in between', async () => {
    const navigate = vi.fn();
    const user = userEvent.setup();
    render(<ExitThisPage navigate={navigate} />);
    await user.keyboard('{Shift}{Shift}a{Shift}');
    expect(navigate).not.toHaveBeenCalled();
    await user.keyboard('{Shift}{Shift}');
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('counts Shift presses whose key-up still reports shiftKey (as Storybook’s user-event sends them)', () => {
    const navigate = vi.fn();
    render(<ExitThisPage navigate={navigate} />);
    for (let i = 0; i < 3; i++) fireEvent.keyUp(document, { key: 'Shift', shiftKey: true });
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('ignores Shift used to type a capital letter', async () => {
    const navigate = vi.fn();
    const user = userEvent.setup();
    render(<ExitThisPage navigate={navigate} />);
    await user.keyboard('{Shift>}A{/Shift}{Shift>}B{/Shift}{Shift>}C{/Shift}');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('stops counting after 5 seconds and says so', () => {
    vi.useFakeTimers();
    const navigate = vi.fn();
    render(<ExitThisPage navigate={navigate} />);
    fireEvent.keyUp(document, { key: 'Shift' });
    fireEvent.keyUp(document, { key: 'Shift' });
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(screen.getByRole('status').textContent).toBe('Exit this page expired.');
    fireEvent.keyUp(document, { key: 'Shift' });
    expect(navigate).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Shift, press 2 more times to exit.');
  });

  it('does not listen for Shift when the shortcut is turned off', async () => {
    const navigate = vi.fn();
    const user = userEvent.setup();
    render(<ExitThisPage keyboardShortcut={false} navigate={navigate} />);
    await user.keyboard('{Shift}{Shift}{Shift}');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('takes the overlay away when the page is shown again from the browser cache', async () => {
    render(<ExitThisPage navigate={() => {}} />);
    await userEvent.click(screen.getByRole('button'));
    expect(overlay()).not.toBeNull();
    act(() => {
      const event = new Event('pageshow') as PageTransitionEvent;
      Object.defineProperty(event, 'persisted', { value: true });
      window.dispatchEvent(event);
    });
    expect(overlay()).toBeNull();
    expect(document.body.classList.contains('nttp-exit-this-page-hide-content')).toBe(false);
  });

  it('uses the text a service gives it', () => {
    render(<ExitThisPage text="Leave this page" hiddenPrefix="Quick exit:" navigate={() => {}} />);
    expect(screen.getByRole('button', { name: 'Quick exit: Leave this page' })).toBeTruthy();
  });
});

describe('ExitThisPage keyboard shortcut, for any sequence of keys', () => {
  it('leaves exactly once for each run of three Shift presses with no other key between', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Shift', 'a', 'Enter', 'Tab', 'Escape'), { maxLength: 30 }), (keys) => {
        const navigate = vi.fn();
        const { unmount } = render(<ExitThisPage navigate={navigate} />);
        let count = 0;
        let expected = 0;
        for (const key of keys) {
          fireEvent.keyUp(document, { key });
          count = key === 'Shift' ? count + 1 : 0;
          if (count === 3) {
            expected += 1;
            count = 0;
          }
        }
        unmount();
        resetExitPage();
        expect(navigate).toHaveBeenCalledTimes(expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe('ExitThisPageSkipLink', () => {
  it('is the first thing Tab reaches, and leaves the page when followed', async () => {
    const navigate = vi.fn();
    const user = userEvent.setup();
    render(
      <div>
        <ExitThisPageSkipLink navigate={navigate} />
        <a href="#main">Skip to main content</a>
      </div>,
    );
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Exit this page');
    await user.keyboard('{Enter}');
    expect(navigate).toHaveBeenCalledWith(EXIT_THIS_PAGE_DEFAULT_URL);
    expect(overlay()).not.toBeNull();
  });
});
