// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations, testExamples } from '../../test-utils/examples-harness';
import { FeedbackPrompt } from './FeedbackPrompt';
import { examples } from './FeedbackPrompt.examples';

testExamples(examples);
afterEach(cleanup);

describe('FeedbackPrompt', () => {
  it('asks with two buttons grouped under the question', () => {
    render(<FeedbackPrompt onAnswer={() => {}} />);
    const group = screen.getByRole('group', { name: 'Was this page helpful?' });
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Yes', 'No']);
  });

  it('reports the answer and thanks the person, moving focus to the thanks', async () => {
    const onAnswer = vi.fn();
    const user = userEvent.setup();
    render(<FeedbackPrompt onAnswer={onAnswer} />);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onAnswer).toHaveBeenCalledWith(true);
    expect(screen.getByRole('status').textContent).toBe('Thank you for your feedback.');
    expect(document.activeElement).toBe(screen.getByRole('status'));
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('then offers an optional comment, asked kindly for a "no"', async () => {
    const onAnswer = vi.fn();
    const onComment = vi.fn();
    const user = userEvent.setup();
    const { container } = render(<FeedbackPrompt onAnswer={onAnswer} onComment={onComment} />);
    await user.click(screen.getByRole('button', { name: 'No' }));
    expect(onAnswer).toHaveBeenCalledWith(false);
    const box = screen.getByRole('textbox', { name: 'How could this page be better? (optional)' });
    const description = (box.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(description[0]).toContain('Please do not include personal details');
    await expectNoAxeViolations(container);
    await user.type(box, '  The phone number was hard to find.  ');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onComment).toHaveBeenCalledWith('The phone number was hard to find.', false);
    expect(screen.getByRole('status').textContent).toBe('Thank you for your feedback. We read every comment.');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('sends nothing when the comment is left empty', async () => {
    const onComment = vi.fn();
    render(<FeedbackPrompt onAnswer={() => {}} onComment={onComment} />);
    await userEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(screen.getByRole('textbox', { name: 'What helped? (optional)' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onComment).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Thank you for your feedback.');
  });
});
