// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { WhyWeAsk } from './WhyWeAsk';
import { examples } from './WhyWeAsk.examples';

testExamples(examples);
afterEach(cleanup);

describe('WhyWeAsk', () => {
  it('stays closed until the person opens it, and its summary is reachable with Tab', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <WhyWeAsk whatWeDo="Only your key worker sees it.">
        <p>So we can offer an interpreter.</p>
      </WhyWeAsk>,
    );
    const details = container.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Why we ask this');
    // Browsers open a focused summary on Enter or Space; jsdom only on click.
    await user.click(document.activeElement as HTMLElement);
    expect(details.open).toBe(true);
    expect(screen.getByText('So we can offer an interpreter.')).toBeTruthy();
    expect(screen.getByText('Only your key worker sees it.')).toBeTruthy();
  });

  it('uses its own summary words and says when the question can be skipped', () => {
    const { container } = render(
      <WhyWeAsk summary="Why we need your date of birth" optionalText="You can skip this question." open>
        <p>To check which support you can get.</p>
      </WhyWeAsk>,
    );
    expect(container.querySelector('summary')?.textContent).toBe('Why we need your date of birth');
    expect(screen.getByText('You can skip this question.')).toBeTruthy();
  });
});
