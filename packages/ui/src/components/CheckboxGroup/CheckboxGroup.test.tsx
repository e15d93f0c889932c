import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { CheckboxGroup, toggleChoice } from './CheckboxGroup';
import { examples } from './CheckboxGroup.examples';

testExamples(examples);

const options = [
  { value: 'a', label: 'Housing' },
  { value: 'b', label: 'Money' },
  { value: 'c', label: 'Health' },
  { value: 'none', label: 'None of these', exclusive: true },
];

describe('CheckboxGroup', () => {
  it('lets people choose several answers, and reports them in the options’ order', async () => {
    const onChange = vi.fn();
    render(<CheckboxGroup name="s" label="Support" options={options} onChange={onChange} />);
    await userEvent.click(screen.getByLabelText('Health'));
    await userEvent.click(screen.getByLabelText('Housing'));
    expect(onChange).toHaveBeenLastCalledWith(['a', 'c']);
    await userEvent.click(screen.getByLabelText('Health'));
    expect(onChange).toHaveBeenLastCalledWith(['a']);
  });

  it('keeps "None of these" apart: choosing it clears the others and the other way round', async () => {
    render(<CheckboxGroup name="s" label="Support" options={options} defaultValue={['a', 'b']} />);
    const checked = () => screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked).map((box) => (box as HTMLInputElement).value);
    await userEvent.click(screen.getByLabelText('None of these'));
    expect(checked()).toEqual(['none']);
    await userEvent.click(screen.getByLabelText('Money'));
    expect(checked()).toEqual(['b']);
    expect(screen.getByText('or')).toBeTruthy();
  });

  it('toggles from the keyboard with Space', async () => {
    render(<CheckboxGroup id="s" name="s" label="Support" options={options} />);
    await userEvent.tab();
    expect(document.activeElement?.id).toBe('s');
    await userEvent.keyboard(' ');
    expect((screen.getByLabelText('Housing') as HTMLInputElement).checked).toBe(true);
  });

  it('never leaves an exclusive option chosen beside another, whatever is clicked', () => {
    const values = options.map((o) => o.value);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...values), { maxLength: 30 }), (clicks) => {
        let chosen: string[] = [];
        for (const click of clicks) chosen = toggleChoice(options, chosen, click);
        expect(new Set(chosen).size).toBe(chosen.length);
        if (chosen.includes('none')) expect(chosen).toEqual(['none']);
        expect(chosen).toEqual(values.filter((v) => chosen.includes(v)));
      }),
      { numRuns: 200 },
    );
  });
});
