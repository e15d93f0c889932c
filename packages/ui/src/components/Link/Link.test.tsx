import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { Link } from './Link';
import { examples } from './Link.examples';

testExamples(examples);

describe('Link', () => {
  it('says when it opens a new tab and cannot reach back to this page', () => {
    render(<Link href="https://example.org/" newTab rel="external">Help</Link>);
    const link = screen.getByRole('link', { name: 'Help (opens in a new tab)' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('external noopener noreferrer');
  });

  it('adds hidden words to the accessible name only', () => {
    render(<Link href="#name" visuallyHiddenText="your name">Change</Link>);
    // Same markup as GOV.UK's change links; jsdom's name computation drops the leading space that
    // browsers keep, so the name is matched loosely here and exactly in the browser run.
    const link = screen.getByRole('link', { name: /^Change\s?your name$/ });
    expect(link.textContent).toBe('Change your name');
    expect(link.querySelector('.nttp-visually-hidden')?.textContent).toBe(' your name');
  });

  it('stays in the same tab by default', () => {
    render(<Link href="/next">Next</Link>);
    const link = screen.getByRole('link', { name: 'Next' });
    expect(link.hasAttribute('target')).toBe(false);
    expect(link.hasAttribute('rel')).toBe(false);
  });
});
