import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { Heading } from './Heading';
import { examples } from './Heading.examples';

testExamples(examples);

describe('Heading', () => {
  it('renders the level it is given, with a size that defaults from the level', () => {
    render(<Heading level={3}>Times we can call</Heading>);
    const heading = screen.getByRole('heading', { level: 3, name: 'Times we can call' });
    expect(heading.tagName).toBe('H3');
    expect(heading.className).toBe('nttp-heading nttp-heading--l');
  });

  it('keeps the level when the size is changed', () => {
    render(<Heading level={2} size="s">Small but still level 2</Heading>);
    expect(screen.getByRole('heading', { level: 2 }).className).toContain('nttp-heading--s');
  });

  it('makes the caption part of the heading', () => {
    render(<Heading level={1} caption="Section 2 of 4">Your circumstances</Heading>);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Section 2 of 4 Your circumstances');
  });
});
