import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { RadioGroup } from '../RadioGroup';
import { TextInput } from '../TextInput';
import { ERROR_SUMMARY_TITLE, ErrorSummary } from './ErrorSummary';
import { examples } from './ErrorSummary.examples';

testExamples(examples);

describe('ErrorSummary', () => {
  it('takes focus when shown, with a calm title', () => {
    render(<ErrorSummary errors={[{ href: '#a', text: 'Enter a postcode' }]} />);
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(ERROR_SUMMARY_TITLE);
  });

  it('does not take focus when asked not to, and shows nothing without errors', () => {
    const { container, rerender } = render(<ErrorSummary autoFocus={false} errors={[{ href: 'a', text: 'Enter a postcode' }]} />);
    expect(document.activeElement).toBe(document.body);
    rerender(<ErrorSummary errors={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('moves focus to the field and scrolls its question into view', async () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    render(
      <div>
        <ErrorSummary
          errors={[
            { href: '#postcode', text: 'Enter a postcode, like EH1 3AA' },
            { href: 'contact', text: 'Choose how we can contact you' },
          ]}
        />
        <TextInput id="postcode" label="Postcode" error="Enter a postcode, like EH1 3AA" />
        <RadioGroup id="contact" name="contact" label="How can we contact you?" options={[{ value: 'phone', label: 'Phone' }]} />
      </div>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Enter a postcode, like EH1 3AA' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Postcode' }));
    expect(scrolled.mock.contexts[0]).toBe(document.querySelector('label[for="postcode"]'));
    await userEvent.click(screen.getByRole('link', { name: 'Choose how we can contact you' }));
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Phone' }));
    expect((scrolled.mock.contexts[1] as Element).tagName).toBe('LEGEND');
  });
});
