// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations, testExamples } from '../../test-utils/examples-harness';
import { setReducedMotion, stubMatchMedia } from '../MotionSafe/test-media';
import { BreathingPacer } from './BreathingPacer';
import { examples } from './BreathingPacer.examples';

testExamples(examples);

const status = () => screen.getByRole('status').textContent;
const count = (container: HTMLElement) => container.querySelector('.nttp-breathing__count')?.textContent;
const seconds = (n: number) =>
  act(() => {
    vi.advanceTimersByTime(n * 1000);
  });

describe('BreathingPacer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    stubMatchMedia(false);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    stubMatchMedia.restore();
  });

  it('does nothing until the person selects Start', () => {
    const { container } = render(<BreathingPacer />);
    seconds(30);
    expect(status()).toBe('Ready when you are.');
    expect(container.querySelector('.nttp-breathing__visual')?.getAttribute('data-phase')).toBe('rest');
  });

  it('guides breathing in and out at the chosen pace once started', () => {
    const onStart = vi.fn();
    const { container } = render(<BreathingPacer defaultPace={4} onStart={onStart} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(onStart).toHaveBeenCalledTimes(1);
    expect(status()).toBe('Breathe in');
    expect(count(container)).toBe('4');
    seconds(3);
    expect(count(container)).toBe('1');
    seconds(1);
    expect(status()).toBe('Breathe out');
    expect(count(container)).toBe('4');
    seconds(4);
    expect(status()).toBe('Breathe in');
  });

  it('pauses at once and continues from the same point', () => {
    const onPause = vi.fn();
    const { container } = render(<BreathingPacer onPause={onPause} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    seconds(2);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(onPause).toHaveBeenCalledTimes(1);
    expect(status()).toBe('Breathe in (paused)');
    expect(container.querySelector('.nttp-breathing__visual')?.getAttribute('data-running')).toBe('false');
    seconds(20);
    expect(count(container)).toBe('2');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    seconds(1);
    expect(count(container)).toBe('1');
  });

  it('pauses when the person leaves the page', () => {
    const onPause = vi.fn();
    render(<BreathingPacer onPause={onPause} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    try {
      act(() => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
    } finally {
      Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
    }
    expect(onPause).toHaveBeenCalledTimes(1);
    expect(status()).toBe('Breathe in (paused)');
    expect(screen.getByRole('button', { name: 'Continue' })).toBeTruthy();
  });

  it('lets the person change the pace at any time; the next phase uses it', () => {
    const { container } = render(<BreathingPacer defaultPace={4} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    fireEvent.click(screen.getByRole('radio', { name: '6 seconds' }));
    seconds(4);
    expect(status()).toBe('Breathe out');
    expect(count(container)).toBe('6');
    expect((container.querySelector('.nttp-breathing__visual') as HTMLElement).style.getPropertyValue('--nttp-breath-duration')).toBe('6s');
  });

  it('holds after breathing in when asked, and stops after the set number of breaths', () => {
    const onFinish = vi.fn();
    render(<BreathingPacer defaultPace={3} hold={2} breaths={2} onFinish={onFinish} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByText('Breath 1 of 2')).toBeTruthy();
    seconds(3);
    expect(status()).toBe('Hold');
    seconds(2);
    expect(status()).toBe('Breathe out');
    seconds(3);
    expect(screen.getByText('Breath 2 of 2')).toBeTruthy();
    seconds(8);
    expect(status()).toBe('Finished. You can start again whenever you like.');
    expect(onFinish).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Start again' })).toBeTruthy();
  });

  it('still guides the breath under reduced motion, without anything that moves', async () => {
    stubMatchMedia(true);
    const { container } = render(<BreathingPacer defaultPace={3} />);
    expect(container.querySelector('.nttp-breathing__circle')).toBeNull();
    expect(container.querySelector('.nttp-breathing')?.getAttribute('data-nttp-motion')).toBe('reduced');
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    seconds(3);
    expect(status()).toBe('Breathe out');
    expect(count(container)).toBe('3');
    vi.useRealTimers();
    await expectNoAxeViolations(container);
  });

  it('takes the circle away if the person turns on reduced motion while it runs', () => {
    const { container } = render(<BreathingPacer />);
    expect(container.querySelector('.nttp-breathing__circle')).not.toBeNull();
    act(() => setReducedMotion(true));
    expect(container.querySelector('.nttp-breathing__circle')).toBeNull();
  });

  it('has no axe violations while running and while paused', async () => {
    const { container } = render(<BreathingPacer />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    seconds(1);
    vi.useRealTimers();
    await expectNoAxeViolations(container);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await expectNoAxeViolations(container);
  });
});
