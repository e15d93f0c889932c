import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { Fieldset, FormField } from './FormField';
import { examples } from './FormField.examples';

testExamples(examples);

describe('FormField', () => {
  it('ties the label, then the hint, then the error to the control', () => {
    render(
      <FormField id="postcode" label="Postcode" hint="Like EH1 3AA" error="Enter a postcode, like EH1 3AA">
        {(control) => <input {...control} />}
      </FormField>,
    );
    const input = screen.getByLabelText('Postcode');
    expect(input.id).toBe('postcode');
    expect(input.getAttribute('aria-describedby')).toBe('postcode-hint postcode-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('postcode-error')?.textContent).toBe('Check this answer: Enter a postcode, like EH1 3AA');
  });

  it('leaves out aria-describedby and aria-invalid when there is nothing to describe', () => {
    render(<FormField label="Name">{(control) => <input {...control} />}</FormField>);
    const input = screen.getByLabelText('Name');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.id).toMatch(/^nttp-field[\w-]+$/);
  });

  it('hydrates server HTML with the same ids and no mismatch', async () => {
    const field = <FormField label="Name" hint="As you like to be called">{(control) => <input {...control} />}</FormField>;
    const container = document.createElement('div');
    container.innerHTML = renderToString(field);
    document.body.append(container);
    const serverId = container.querySelector('input')!.id;
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, field, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(container.querySelector('input')!.id).toBe(serverId);
    expect(container.querySelector('input')!.getAttribute('aria-describedby')).toBe(`${serverId}-hint`);
    container.remove();
  });

  it('gives a fieldset its legend, hint and error', () => {
    render(
      <Fieldset id="contact" label="How can we contact you?" hint="Choose any" error="Choose how we can contact you">
        <input type="checkbox" aria-label="Email" />
      </Fieldset>,
    );
    const group = screen.getByRole('group', { name: 'How can we contact you?' });
    expect(group.getAttribute('aria-describedby')).toBe('contact-hint contact-error');
  });
});
