import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { Card } from './Card';
import { examples } from './Card.examples';

testExamples(examples);

describe('Card', () => {
  it('titles the card with a heading at the level asked for', () => {
    render(<Card title="Before you start" headingLevel={3}>Body</Card>);
    expect(screen.getByRole('heading', { level: 3, name: 'Before you start' })).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('has exactly one link when linked: its title', () => {
    render(<Card title="Support near you" href="#support" footer="Updated today">Services in your area</Card>);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['Support near you', '#support']]);
    expect(screen.getByRole('article').className).toBe('nttp-card nttp-card--link');
  });
});
