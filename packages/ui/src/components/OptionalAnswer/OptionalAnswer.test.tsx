// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { OptionalAnswer } from './OptionalAnswer';
import { examples } from './OptionalAnswer.examples';

testExamples(examples);
afterEach(cleanup);

const ui = (onDeclinedChange?: (declined: boolean) => void) => (
  <form data-testid="f">
    <OptionalAnswer name="name-declined" onDeclinedChange={onDeclinedChange}>
      <label htmlFor="n">Preferred name (optional)</label>
      <input id="n" name="name" defaultValue="Sam" />
    </OptionalAnswer>
  </form>
);

describe('OptionalAnswer', () => {
  it('offers "I\'d prefer not to say" as a checkbox after the answer', () => {
    render(ui());
    expect(screen.getByRole('checkbox', { name: "I'd prefer not to say" })).toBeTruthy();
  });

  it('turns the answer off when the person prefers not to say, and back on when they change their mind', async () => {
    const onDeclinedChange = vi.fn();
    const user = userEvent.setup();
    render(ui(onDeclinedChange));
    const answer = screen.getByRole('textbox', { name: 'Preferred name (optional)' }) as HTMLInputElement;
    await user.click(screen.getByRole('checkbox'));
    expect(onDeclinedChange).toHaveBeenLastCalledWith(true);
    expect(answer.matches(':disabled')).toBe(true);
    const data = new FormData(screen.getByTestId('f') as HTMLFormElement);
    expect(data.get('name')).toBeNull();
    expect(data.get('name-declined')).toBe('yes');
    await user.click(screen.getByRole('checkbox'));
    expect(onDeclinedChange).toHaveBeenLastCalledWith(false);
    expect(answer.matches(':disabled')).toBe(false);
  });

  it('lets Tab skip the answer once declined', async () => {
    const user = userEvent.setup();
    render(
      <OptionalAnswer name="d" defaultDeclined>
        <input aria-label="Answer" />
      </OptionalAnswer>,
    );
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('checkbox'));
  });

  it('follows the value it is given when controlled, with its own words', async () => {
    const onDeclinedChange = vi.fn();
    render(
      <OptionalAnswer name="d" declined={false} onDeclinedChange={onDeclinedChange} label="Prefer not to say">
        <input aria-label="Answer" />
      </OptionalAnswer>,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Prefer not to say' }));
    expect(onDeclinedChange).toHaveBeenCalledWith(true);
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
  });
});
