// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations, testExamples } from '../../test-utils/examples-harness';
import { ConsentControl } from './ConsentControl';
import type { ConsentPurpose } from './ConsentControl';
import { examples } from './ConsentControl.examples';

testExamples(examples);
afterEach(cleanup);

const purposes: ConsentPurpose[] = [
  { id: 'store', label: 'Keep my answers', needed: true },
  { id: 'share', label: 'Share with my key worker', description: 'Only your key worker sees them.' },
  { id: 'research', label: 'Use without my name' },
];

describe('ConsentControl', () => {
  it('asks about each optional purpose with nothing agreed in advance', () => {
    render(<ConsentControl name="c" legend="How we use your answers" purposes={purposes} />);
    expect(screen.getByRole('group', { name: 'How we use your answers' })).toBeTruthy();
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.name)).toEqual(['c-share', 'c-research']);
    expect(boxes.every((b) => !b.checked)).toBe(true);
  });

  it('shows what is needed plainly, without a box to tick', () => {
    render(<ConsentControl name="c" legend="L" purposes={purposes} />);
    expect(screen.queryByRole('checkbox', { name: 'Keep my answers' })).toBeNull();
    // "Always on" sits with its label, not far across the row.
    expect(screen.getByText('Keep my answers', { exact: false }).textContent).toBe('Keep my answers (always on)');
  });

  it('gives the purposes people can choose a heading of their own', () => {
    render(<ConsentControl name="c" legend="L" purposes={purposes} />);
    expect(screen.getByRole('list', { name: 'You can choose these' })).toBeTruthy();
  });

  it('links each description to its checkbox', () => {
    render(<ConsentControl name="c" legend="L" purposes={purposes} />);
    const share = screen.getByRole('checkbox', { name: 'Share with my key worker' });
    expect(document.getElementById(share.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Only your key worker sees them.');
  });

  it('reports each agreement and withdrawal, and confirms it to screen readers', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<ConsentControl name="c" legend="L" purposes={purposes} onChange={onChange} />);
    await user.tab();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith({ purpose: purposes[1], given: true, choices: { share: true } });
    expect(screen.getByRole('status').textContent).toBe('Agreed: Share with my key worker.');
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith({ purpose: purposes[1], given: false, choices: { share: false } });
    expect(screen.getByRole('status').textContent).toBe('Withdrawn: Share with my key worker. We will stop from now on.');
  });

  it('withdraws everything at once with "Withdraw all"', async () => {
    const onChange = vi.fn();
    const { container } = render(<ConsentControl name="c" legend="L" purposes={purposes} defaultValue={{ share: true, research: true }} onChange={onChange} />);
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw all' }));
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ given: false, choices: { share: false, research: false } }));
    expect((screen.getAllByRole('checkbox') as HTMLInputElement[]).every((b) => !b.checked)).toBe(true);
    expect(screen.queryByRole('button', { name: 'Withdraw all' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('All choices withdrawn. We will stop from now on.');
  });

  it('follows the choices it is given when controlled', async () => {
    const onChange = vi.fn();
    render(<ConsentControl name="c" legend="L" purposes={purposes} value={{ research: true }} onChange={onChange} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Use without my name' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ given: false }));
    expect((screen.getByRole('checkbox', { name: 'Use without my name' }) as HTMLInputElement).checked).toBe(true);
  });

  it('submits only what was agreed', async () => {
    render(
      <form data-testid="f">
        <ConsentControl name="c" legend="L" purposes={purposes} />
      </form>,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Use without my name' }));
    const data = new FormData(screen.getByTestId('f') as HTMLFormElement);
    expect([...data.keys()]).toEqual(['c-research']);
  });
});
