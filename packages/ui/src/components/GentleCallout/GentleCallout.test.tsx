// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { GentleCallout } from './GentleCallout';
import type { CalloutTone } from './GentleCallout';
import { examples } from './GentleCallout.examples';

testExamples(examples);
afterEach(cleanup);

describe('GentleCallout', () => {
  it('gives its tone in words, not colour alone', () => {
    const tones: [CalloutTone, string][] = [
      ['information', 'Information: '],
      ['important', 'Important: '],
      ['reassurance', 'Good to know: '],
    ];
    for (const [tone, words] of tones) {
      const { container, unmount } = render(<GentleCallout tone={tone}>Text</GentleCallout>);
      expect(container.querySelector('.nttp-visually-hidden')?.textContent).toBe(words);
      expect(container.textContent).toBe(`${words}Text`);
      unmount();
    }
  });

  it('puts the tone inside the heading when there is a title', () => {
    render(
      <GentleCallout tone="important" title="Bring ID" headingLevel={2}>
        Text
      </GentleCallout>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Important: Bring ID');
  });
});
