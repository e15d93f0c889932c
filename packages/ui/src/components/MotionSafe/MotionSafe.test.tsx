// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { MotionSafe } from './MotionSafe';
import { examples } from './MotionSafe.examples';
import { setReducedMotion, stubMatchMedia } from './test-media';

testExamples(examples);
afterEach(() => {
  cleanup();
  stubMatchMedia.restore();
});

const ui = (
  <MotionSafe fallback={<p>Still</p>}>
    <p>Moving</p>
  </MotionSafe>
);

describe('MotionSafe', () => {
  it('shows the moving version when the person has not asked for less motion', () => {
    stubMatchMedia(false);
    render(ui);
    expect(screen.getByText('Moving')).toBeTruthy();
    expect(screen.queryByText('Still')).toBeNull();
  });

  it('shows the still version under reduced motion', () => {
    stubMatchMedia(true);
    render(ui);
    expect(screen.getByText('Still')).toBeTruthy();
    expect(screen.queryByText('Moving')).toBeNull();
  });

  it('follows the setting when it changes while the page is open', () => {
    stubMatchMedia(false);
    render(ui);
    act(() => setReducedMotion(true));
    expect(screen.getByText('Still')).toBeTruthy();
    act(() => setReducedMotion(false));
    expect(screen.getByText('Moving')).toBeTruthy();
  });

  it('shows the still version where the setting cannot be read, and on the server', () => {
    stubMatchMedia.remove();
    render(ui);
    expect(screen.getByText('Still')).toBeTruthy();
    expect(renderToString(ui)).toContain('Still');
    expect(renderToString(ui)).not.toContain('Moving');
  });
});
