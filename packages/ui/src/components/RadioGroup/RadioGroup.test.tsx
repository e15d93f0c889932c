import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { RadioGroup } from './RadioGroup';
import { examples } from './RadioGroup.examples';

testExamples(examples);

const options = [
  { value: 'yes', label: 'Yes', conditional: <p>Follow-up</p> },
  { value: 'no', label: 'No', hint: 'That is fine' },
  { value: 'skip', label: 'Prefer not to say' },
];

describe('RadioGroup', () => {
  it('groups the options under the question and chooses one at a time', async () => {
    const onChange = vi.fn();
    render(<RadioGroup id="q" name="q" label="Is it safe to call?" options={options} onChange={onChange} />);
    expect(screen.getByRole('group', { name: 'Is it safe to call?' })).toBeTruthy();
    await userEvent.click(screen.getByLabelText('Yes'));
    await userEvent.click(screen.getByLabelText('No'));
    expect(onChange.mock.calls).toEqual([['yes'], ['no']]);
    expect((screen.getByLabelText('Yes') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('No') as HTMLInputElement).checked).toBe(true);
  });

  it('gives the first radio the group id, so an error summary link lands on it', () => {
    render(<RadioGroup id="q" name="q" label="Question" options={options} />);
    expect(screen.getByLabelText('Yes').id).toBe('q');
    expect(screen.getByLabelText('No').id).toBe('q-1');
    expect(screen.getByLabelText('No').getAttribute('aria-describedby')).toBe('q-1-hint');
  });

  it('shows a follow-up only while its option is chosen', async () => {
    render(<RadioGroup name="q" label="Question" options={options} />);
    expect(screen.queryByText('Follow-up')).toBeNull();
    await userEvent.click(screen.getByLabelText('Yes'));
    expect(screen.getByText('Follow-up')).toBeTruthy();
    await userEvent.click(screen.getByLabelText('No'));
    expect(screen.queryByText('Follow-up')).toBeNull();
  });

  it('moves between options with arrow keys', async () => {
    render(<RadioGroup name="q" label="Question" options={options} defaultValue="yes" />);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Yes'));
    await userEvent.keyboard('{ArrowDown}');
    expect((screen.getByLabelText('No') as HTMLInputElement).checked).toBe(true);
  });

  it('follows a controlled value', async () => {
    const { rerender } = render(<RadioGroup name="q" label="Question" options={options} value="no" onChange={() => {}} />);
    await userEvent.click(screen.getByLabelText('Yes'));
    expect((screen.getByLabelText('No') as HTMLInputElement).checked).toBe(true);
    rerender(<RadioGroup name="q" label="Question" options={options} value="skip" onChange={() => {}} />);
    expect((screen.getByLabelText('Prefer not to say') as HTMLInputElement).checked).toBe(true);
  });

  it('sets the last options apart with "or"', () => {
    render(<RadioGroup name="q" label="Question" options={options} dividerAfter={2} />);
    expect(screen.getByText('or')).toBeTruthy();
  });
});
