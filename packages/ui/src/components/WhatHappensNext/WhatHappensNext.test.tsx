// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { WhatHappensNext } from './WhatHappensNext';
import { examples } from './WhatHappensNext.examples';

testExamples(examples);
afterEach(cleanup);

describe('WhatHappensNext', () => {
  it('lists the steps in order, each with when it happens', () => {
    render(
      <WhatHappensNext
        steps={[
          { title: 'We read it', when: 'Within 2 working days' },
          { title: 'We call you', when: 'Within 5 working days' },
        ]}
        contact="Questions? Call us."
      />,
    );
    const region = screen.getByRole('region', { name: 'What happens next' });
    const list = within(region).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['We read itWithin 2 working days', 'We call youWithin 5 working days']);
    expect(within(region).getByText('Questions? Call us.')).toBeTruthy();
  });
});
