// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isValidElement, type ReactElement } from 'react';
import { plainProps, storyFor } from './trauma-informed-stories';
import { examples } from './components/LikertScale/LikertScale.examples';

describe('storyFor', () => {
  it('turns an example’s plain props into args that Controls can change', () => {
    const story = storyFor(examples, 'Default');
    expect(story.args).toMatchObject({ name: 'q1', question: 'Staff explain what will happen before each appointment' });
    const changed = (story.render as (args: Record<string, unknown>) => ReactElement)({ ...story.args, question: 'A changed question' });
    expect(isValidElement(changed) && (changed.props as { question: string }).question).toBe('A changed question');
  });

  it('leaves children and callbacks out of the args', () => {
    expect(plainProps(<button type="button" onClick={() => {}} disabled>Go</button>)).toEqual({ type: 'button', disabled: true });
  });
});
