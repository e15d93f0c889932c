import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { Dialog } from './Dialog';
import { examples } from './Dialog.examples';

testExamples(examples);

function Harness({ onClose = () => {}, withInitialFocus = false }: { onClose?: () => void; withInitialFocus?: boolean }) {
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <button type="button">Outside</button>
      <Dialog
        open={open}
        onClose={() => {
          onClose();
          setOpen(false);
        }}
        title="Take a moment"
        initialFocus={withInitialFocus ? input : undefined}
        actions={<button type="button">Continue</button>}
      >
        <label>
          Note <input ref={input} />
        </label>
      </Dialog>
    </div>
  );
}

describe('Dialog', () => {
  it('renders nothing while closed', () => {
    render(<Dialog open={false} onClose={() => {}} title="Hidden">Body</Dialog>);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('moves focus into the dialog, named by its title', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Take a moment' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    // Its content is its description, so screen readers read the message when it opens.
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe('Note ');
    // Focus goes to the title, not the whole dialog (which drew a thick frame round everything).
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Take a moment' }));
  });

  it('traps Tab and Shift+Tab inside, wrapping at both ends', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    const close = screen.getByRole('button', { name: 'Close' });
    const note = screen.getByRole('textbox', { name: 'Note' });
    const next = screen.getByRole('button', { name: 'Continue' });
    const order: (Element | null)[] = [];
    for (let i = 0; i < 4; i += 1) {
      await userEvent.tab();
      order.push(document.activeElement);
    }
    expect(order).toEqual([close, note, next, close]);
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(next);
  });

  it('brings back focus that escapes, such as a click outside', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    screen.getByRole('button', { name: 'Outside', hidden: true }).focus();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Take a moment' }));
  });

  it('closes with Escape and returns focus to the button that opened it', async () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await userEvent.click(opener);
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes with its close button and returns focus', async () => {
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await userEvent.click(opener);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('focuses the element asked for on opening', async () => {
    render(<Harness withInitialFocus />);
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Note' }));
  });

  it('lets only the newest of two open dialogs hold focus, and hands it back when that one closes', async () => {
    function Two() {
      const [second, setSecond] = useState(true);
      return (
        <>
          <Dialog open onClose={() => {}} title="First">
            <button type="button">Inside the first</button>
          </Dialog>
          <Dialog open={second} onClose={() => setSecond(false)} title="Second">
            <button type="button">Inside the second</button>
          </Dialog>
        </>
      );
    }
    render(<Two />);
    const second = screen.getByRole('heading', { name: 'Second' });
    expect(document.activeElement).toBe(second);
    // Focus moved into the first dialog is brought back to the newest one, once, with no tug of war.
    screen.getByRole('button', { name: 'Inside the first' }).focus();
    expect(document.activeElement).toBe(second);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Second' })).toBeNull();
    screen.getByRole('button', { name: 'Inside the first' }).focus();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Inside the first' }));
  });
});
