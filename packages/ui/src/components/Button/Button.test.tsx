import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { Button } from './Button';
import { examples } from './Button.examples';

testExamples(examples);

describe('Button', () => {
  it('is type="button" by default, so it never submits a form by surprise', async () => {
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
        <Button>Open help</Button>
      </form>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Open help' }));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits when asked to', async () => {
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button type="submit">Send your answers</Button>
      </form>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send your answers' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('runs its action from the keyboard', async () => {
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Save</Button>);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save' }));
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('applies its variant class and passes other props through', () => {
    render(<Button variant="secondary" className="extra" data-testid="b">Back</Button>);
    const button = screen.getByTestId('b');
    expect(button.className).toBe('nttp-button nttp-button--secondary extra');
  });

  it('does not run a disabled action', async () => {
    const onClick = vi.fn();
    render(<Button disabled onClick={onClick}>Send</Button>);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onClick).not.toHaveBeenCalled();
  });
});
