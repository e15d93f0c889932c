import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { Textarea, characterCountMessage } from './Textarea';
import { examples } from './Textarea.examples';

testExamples(examples);

describe('Textarea', () => {
  it('counts down as people type and lets them go over the limit', async () => {
    render(<Textarea id="t" label="What would help?" maxCharacters={5} />);
    const box = screen.getByRole('textbox', { name: 'What would help?' });
    expect(document.getElementById('t-count')?.textContent).toBe('You have 5 characters left');
    await userEvent.type(box, 'A call');
    expect((box as HTMLTextAreaElement).value).toBe('A call');
    expect(document.getElementById('t-count')?.textContent).toBe('You are 1 character over the limit');
    expect(box.getAttribute('aria-describedby')).toBe('t-count');
  });

  it('follows a controlled value', () => {
    const { rerender } = render(<Textarea id="t" label="Notes" maxCharacters={10} value="abc" onChange={() => {}} />);
    expect(document.getElementById('t-count')?.textContent).toBe('You have 7 characters left');
    rerender(<Textarea id="t" label="Notes" maxCharacters={10} value="abcdef" onChange={() => {}} />);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'abcdef' } });
    expect(document.getElementById('t-count')?.textContent).toBe('You have 4 characters left');
  });

  it('words the count correctly for any length and limit', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), (length, max) => {
        const message = characterCountMessage(length, max);
        const n = Math.abs(max - length);
        expect(message).toContain(String(n));
        expect(message.includes('over')).toBe(length > max);
        expect(message.includes('characters')).toBe(n !== 1);
      }),
      { numRuns: 200 },
    );
  });
});
