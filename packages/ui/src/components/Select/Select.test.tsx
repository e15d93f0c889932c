import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { Select } from './Select';
import { examples } from './Select.examples';

testExamples(examples);

describe('Select', () => {
  const options = [
    { value: 'a', label: 'Fife' },
    { value: 'b', label: 'Highland', disabled: true },
  ];

  it('lists the placeholder first with an empty value, then the options', () => {
    render(<Select label="Area" options={options} placeholderOption="Choose an area" />);
    const select = screen.getByRole('combobox', { name: 'Area' }) as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.text, o.disabled])).toEqual([
      ['', 'Choose an area', false],
      ['a', 'Fife', false],
      ['b', 'Highland', true],
    ]);
    expect(select.value).toBe('');
  });

  it('reports the chosen value', async () => {
    const onChange = vi.fn();
    render(<Select label="Area" options={options} onChange={(event) => onChange(event.target.value)} />);
    await userEvent.selectOptions(screen.getByRole('combobox'), 'Fife');
    expect(onChange).toHaveBeenCalledWith('a');
  });
});
