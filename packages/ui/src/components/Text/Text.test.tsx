import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { Text } from './Text';
import { examples } from './Text.examples';

testExamples(examples);

describe('Text', () => {
  it('is a paragraph by default', () => {
    render(<Text>Saved</Text>);
    expect(screen.getByText('Saved').tagName).toBe('P');
  });

  it('renders as the element asked for, with size and tone classes', () => {
    render(<Text as="span" size="s" tone="secondary">Last saved at 10:42.</Text>);
    const el = screen.getByText('Last saved at 10:42.');
    expect(el.tagName).toBe('SPAN');
    expect(el.className).toBe('nttp-text nttp-text--s nttp-text--secondary');
  });

  it('makes a lead paragraph large', () => {
    render(<Text lead>About 10 minutes.</Text>);
    expect(screen.getByText('About 10 minutes.').className).toContain('nttp-text--l');
  });
});
