// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { LikertScale } from './LikertScale';
import type { LikertAnswer } from './LikertScale';
import { examples } from './LikertScale.examples';

testExamples(examples);
afterEach(cleanup);

// jsdom has no CSS.escape, which user-event needs to move between radios with the arrow keys.
globalThis.CSS ??= { escape: (value: string) => value.replace(/["\\]/g, '\\$&') } as typeof CSS;

describe('LikertScale', () => {
  it('is a group named by its question, with every point labelled in words', () => {
    render(<LikertScale name="q" question="I feel safe here" />);
    const group = screen.getByRole('group', { name: 'I feel safe here' });
    const radios = screen.getAllByRole('radio');
    expect(group).toBeTruthy();
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['1', '2', '3', '4', '5']);
    expect(screen.getByRole('radio', { name: '1 Strongly disagree' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '5 Strongly agree' })).toBeTruthy();
  });

  it('keeps not applicable and don\'t know outside the scale, with values that are not numbers', async () => {
    const onChange = vi.fn();
    const { container } = render(<LikertScale name="q" question="Q" notApplicable dontKnow onChange={onChange} />);
    const scale = container.querySelector('.nttp-likert__scale');
    const outside = container.querySelector('.nttp-likert__outside');
    expect(scale?.querySelectorAll('input')).toHaveLength(5);
    expect([...(outside?.querySelectorAll('input') ?? [])].map((i) => i.value)).toEqual(['not-applicable', 'dont-know']);
    await userEvent.click(screen.getByRole('radio', { name: "I don't know" }));
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'dont-know' });
    await userEvent.click(screen.getByRole('radio', { name: 'Not applicable to me' }));
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'not-applicable' });
    await userEvent.click(screen.getByRole('radio', { name: '4 Agree' }));
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'scale', value: 4 });
  });

  it('moves between answers with the arrow keys, as one radio group', async () => {
    const user = userEvent.setup();
    render(<LikertScale name="q" question="Q" defaultValue={{ kind: 'scale', value: 2 }} dontKnow />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '2 Disagree' }));
    await user.keyboard('{ArrowRight}');
    expect((screen.getByRole('radio', { name: '3 Neither agree nor disagree' }) as HTMLInputElement).checked).toBe(true);
  });

  it('uses the labels it is given, numbered from 1', () => {
    render(<LikertScale name="q" question="Q" labels={['Never', 'Sometimes', 'Always']} dontKnow="I'm not sure" />);
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['1', '2', '3', 'dont-know']);
    expect(screen.getByRole('radio', { name: "I'm not sure" })).toBeTruthy();
  });

  it('can take the answer away again when clearable', async () => {
    const onChange = vi.fn();
    render(<LikertScale name="q" question="Q" clearable defaultValue={{ kind: 'scale', value: 1 }} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Clear my answer' }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(screen.queryByRole('button', { name: 'Clear my answer' })).toBeNull();
  });

  it('follows the value it is given when controlled', async () => {
    function Controlled() {
      const [answer, setAnswer] = useState<LikertAnswer | null>({ kind: 'not-applicable' });
      return (
        <>
          <LikertScale name="q" question="Q" notApplicable value={answer} onChange={setAnswer} />
          <output>{JSON.stringify(answer)}</output>
        </>
      );
    }
    render(<Controlled />);
    expect((screen.getByRole('radio', { name: 'Not applicable to me' }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole('radio', { name: '5 Strongly agree' }));
    expect(screen.getByRole('status').textContent).toBe('{"kind":"scale","value":5}');
  });

  it('links the hint and the message to the group', () => {
    render(<LikertScale name="q" question="Q" hint="Think about this week." error="Choose the answer closest to your experience" />);
    const group = screen.getByRole('group');
    const ids = group.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(ids.map((id) => document.getElementById(id)?.textContent)).toEqual(['Think about this week.', 'Check this answer: Choose the answer closest to your experience']);
    expect(screen.getAllByRole('radio').every((r) => r.getAttribute('aria-invalid') === 'true')).toBe(true);
  });

  it('submits the chosen value with the form', async () => {
    render(
      <form data-testid="form">
        <LikertScale name="trust-1" question="Q" dontKnow />
      </form>,
    );
    await userEvent.click(screen.getByRole('radio', { name: "I don't know" }));
    const data = new FormData(screen.getByTestId('form') as HTMLFormElement);
    expect(data.get('trust-1')).toBe('dont-know');
  });
});
