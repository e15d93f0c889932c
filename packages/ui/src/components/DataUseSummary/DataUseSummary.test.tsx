// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { DataUseSummary } from './DataUseSummary';
import { examples } from './DataUseSummary.examples';

testExamples(examples);
afterEach(cleanup);

describe('DataUseSummary', () => {
  it('answers the questions people ask, in a fixed order, leaving out the ones not given', () => {
    const { container } = render(<DataUseSummary keptFor="A year." purpose="To plan support." whoCanSee="Your key worker." sharing="Only if someone is at risk." />);
    expect(screen.getByRole('region', { name: 'How we use your information' })).toBeTruthy();
    const terms = [...container.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Why we need it', 'Who can see it', 'How long we keep it', 'When we would share it']);
    expect([...container.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(['To plan support.', 'Your key worker.', 'A year.', 'Only if someone is at risk.']);
  });

  it('uses the heading level it is given', () => {
    render(<DataUseSummary title="Your feedback" headingLevel={3} purpose="p" whoCanSee="w" keptFor="k" />);
    expect(screen.getByRole('heading', { level: 3, name: 'Your feedback' })).toBeTruthy();
  });
});
