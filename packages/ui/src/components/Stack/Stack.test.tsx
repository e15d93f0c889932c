import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { Stack } from './Stack';
import { examples } from './Stack.examples';

testExamples(examples);

describe('Stack', () => {
  it('sets its gap from the spacing scale', () => {
    render(<Stack gap={6} data-testid="s"><span>a</span></Stack>);
    expect(screen.getByTestId('s').style.getPropertyValue('--nttp-stack-gap')).toBe('var(--nttp-space-6)');
  });

  it('renders as a list when asked and keeps its children in source order', () => {
    render(
      <Stack as="ul" direction="row">
        <li>first</li>
        <li>second</li>
      </Stack>,
    );
    const list = screen.getByRole('list');
    expect(list.className).toBe('nttp-stack nttp-stack--row');
    expect([...list.children].map((li) => li.textContent)).toEqual(['first', 'second']);
  });
});
