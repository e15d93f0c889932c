// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { SupportSignpost } from './SupportSignpost';
import { examples, scottishSupportContacts } from './SupportSignpost.examples';

testExamples(examples);
afterEach(cleanup);

describe('SupportSignpost', () => {
  it('is a complementary landmark named by its heading, with the emergency line first', () => {
    render(<SupportSignpost contacts={scottishSupportContacts} />);
    const aside = screen.getByRole('complementary', { name: 'Get support now' });
    expect(aside.querySelector('p')?.textContent).toBe('If you or someone else is in danger right now, call 999.');
  });

  it('links phone and text numbers so phones can call or message them', () => {
    render(<SupportSignpost emergency={false} contacts={[{ name: 'Line', phone: '0800 83 85 87', text: '85 258', href: 'https://example.org' }]} />);
    expect(screen.getByRole('link', { name: '0800 83 85 87' }).getAttribute('href')).toBe('tel:0800838587');
    expect(screen.getByRole('link', { name: '85 258' }).getAttribute('href')).toBe('sms:85258');
    expect(screen.getByRole('link', { name: 'Visit the Line website' }).getAttribute('href')).toBe('https://example.org');
    expect(screen.queryByText(/call 999/)).toBeNull();
  });

  it('offers ways to get in touch without talking: a text keyword, web chat and email', () => {
    render(<SupportSignpost emergency={false} contacts={[{ name: 'Line', text: '85258', textKeyword: 'SHOUT', webChat: 'https://chat.example.org', email: 'help@example.org' }]} />);
    const text = screen.getByRole('link', { name: '85258' });
    expect(text.getAttribute('href')).toBe('sms:85258?body=SHOUT');
    expect(text.closest('li')?.textContent).toBe('Text SHOUT to 85258');
    expect(screen.getByRole('link', { name: 'Chat online with Line' }).getAttribute('href')).toBe('https://chat.example.org');
    expect(screen.getByRole('link', { name: 'help@example.org' }).getAttribute('href')).toBe('mailto:help@example.org');
  });

  it('names each contact with a heading one level down', () => {
    render(<SupportSignpost contacts={scottishSupportContacts} headingLevel={3} />);
    const aside = screen.getByRole('complementary');
    expect(within(aside).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(scottishSupportContacts.map((c) => c.name));
  });
});
