// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations, testExamples } from '../../test-utils/examples-harness';
import { ContentWarning } from './ContentWarning';
import { examples } from './ContentWarning.examples';

testExamples(examples);
afterEach(cleanup);

const ui = (onRevealChange?: (revealed: boolean) => void) => (
  <ContentWarning topic="descriptions of physical abuse" skipHref="#next" onRevealChange={onRevealChange}>
    <p>The account itself.</p>
  </ContentWarning>
);

describe('ContentWarning', () => {
  it('names the topic specifically, in a labelled section', () => {
    render(ui());
    expect(screen.getByRole('region', { name: 'Content note' }).textContent).toContain('This section includes descriptions of physical abuse.');
  });

  it('keeps the content off the page, on the server too, until the person chooses it', () => {
    render(ui());
    expect(screen.queryByText('The account itself.')).toBeNull();
    expect(renderToString(ui())).not.toContain('The account itself.');
  });

  it('shows and hides the content from the keyboard, saying whether it is shown', async () => {
    const onRevealChange = vi.fn();
    const user = userEvent.setup();
    render(ui(onRevealChange));
    const button = screen.getByRole('button', { name: 'Show this content' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(button.getAttribute('aria-controls') ?? '')?.hidden).toBe(true);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByText('The account itself.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hide this content' }).getAttribute('aria-expanded')).toBe('true');
    expect(onRevealChange).toHaveBeenLastCalledWith(true);
    await user.keyboard('{Enter}');
    expect(screen.queryByText('The account itself.')).toBeNull();
    expect(onRevealChange).toHaveBeenLastCalledWith(false);
  });

  it('offers a skip link next to the button, as easy to reach as showing', async () => {
    const user = userEvent.setup();
    const { container } = render(ui());
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Skip this section' }));
    expect(screen.getByRole('link').getAttribute('href')).toBe('#next');
    await user.click(screen.getByRole('button'));
    await expectNoAxeViolations(container);
  });

  it('has no skip link when there is nowhere to skip to', () => {
    render(
      <ContentWarning topic="x">
        <p>y</p>
      </ContentWarning>,
    );
    expect(screen.queryByRole('link')).toBeNull();
  });
});
