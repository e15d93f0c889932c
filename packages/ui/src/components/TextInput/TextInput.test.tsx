import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { TextInput } from './TextInput';
import { examples } from './TextInput.examples';

testExamples(examples);

describe('TextInput', () => {
  it('takes typing and reports each change', async () => {
    const onChange = vi.fn();
    render(<TextInput label="Postcode" onChange={onChange} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Postcode' }), 'EH1');
    expect(onChange).toHaveBeenCalledTimes(3);
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('EH1');
  });

  it('passes its ref and attributes to the input', () => {
    const ref = createRef<HTMLInputElement>();
    render(<TextInput label="Postcode" ref={ref} name="postcode" width="10" autoComplete="postal-code" />);
    expect(ref.current?.name).toBe('postcode');
    expect(ref.current?.className).toBe('nttp-input nttp-input--width-10');
    expect(ref.current?.getAttribute('autocomplete')).toBe('postal-code');
  });

  it('describes the input with its error', () => {
    render(<TextInput id="pc" label="Postcode" error="Enter a postcode, like EH1 3AA" />);
    const input = screen.getByRole('textbox', { name: 'Postcode' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('pc-error');
  });

  it('keeps its own description when more is added', () => {
    render(<TextInput id="pc" label="Postcode" hint="Like EH1 3AA" aria-describedby="extra" />);
    expect(screen.getByRole('textbox').getAttribute('aria-describedby')).toBe('pc-hint extra');
  });
});
