import { useEffect, useId, useRef, useState } from 'react';
import type { CSSProperties, ReactElement } from 'react';
import { cx } from '../../internal/class-names';
import { Button } from '../Button';
import { usePrefersReducedMotion } from '../MotionSafe/MotionSafe';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export type BreathPhase = 'in' | 'hold' | 'out';

/** The paces people can choose from: seconds to breathe in, and the same to breathe out. */
export const BREATHING_PACES = [3, 4, 5, 6] as const;

const PHASE_WORDS: Record<BreathPhase, string> = { in: 'Breathe in', hold: 'Hold', out: 'Breathe out' };

export interface BreathingPacerProps {
  /** The heading of the exercise. */
  title?: string;
  /** Seconds for each breath in and out, chosen at first; the person can change it at any time. */
  defaultPace?: number;
  /** The paces offered, in seconds. */
  paces?: readonly number[];
  /** Seconds to hold after breathing in. 0 (the default) leaves the hold out. */
  hold?: number;
  /** Stop by itself after this many breaths. Without it, it goes on until the person pauses. */
  breaths?: number;
  onStart?: () => void;
  onPause?: () => void;
  onFinish?: () => void;
  className?: string;
}

interface PacerState {
  running: boolean;
  started: boolean;
  phase: BreathPhase;
  secondsLeft: number;
  breathsDone: number;
  finished: boolean;
}

/**
 * A breathing exercise that only starts when the person chooses, can be paused at any moment, and runs
 * at the pace they pick. Under reduced motion nothing grows or shrinks: the words and the count guide
 * the breath instead.
 */
export function BreathingPacer({
  title = 'Breathing exercise',
  defaultPace = 4,
  paces = BREATHING_PACES,
  hold = 0,
  breaths,
  onStart,
  onPause,
  onFinish,
  className,
}: BreathingPacerProps): ReactElement {
  const id = useId();
  useLanguageWarning('BreathingPacer', { title });
  const reduced = usePrefersReducedMotion();
  const [pace, setPace] = useState(defaultPace);
  const [state, setState] = useState<PacerState>({ running: false, started: false, phase: 'in', secondsLeft: defaultPace, breathsDone: 0, finished: false });
  const settings = useRef({ pace, hold, breaths, onFinish, onPause });
  useEffect(() => {
    settings.current = { pace, hold, breaths, onFinish, onPause };
  });

  useEffect(() => {
    if (!state.running) return undefined;
    const timer = window.setInterval(() => {
      setState((s) => advance(s, settings.current));
    }, 1000);
    return () => window.clearInterval(timer);
  }, [state.running]);

  // Leaving the page pauses the exercise, so nobody comes back to find it has run on without them.
  useEffect(() => {
    if (!state.running) return undefined;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        setState((s) => ({ ...s, running: false }));
        settings.current.onPause?.();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [state.running]);

  const finishedNow = state.finished;
  useEffect(() => {
    if (finishedNow) settings.current.onFinish?.();
  }, [finishedNow]);

  const start = () => {
    setState({ running: true, started: true, phase: 'in', secondsLeft: pace, breathsDone: 0, finished: false });
    onStart?.();
  };
  const pause = () => {
    setState((s) => ({ ...s, running: false }));
    onPause?.();
  };
  const resume = () => setState((s) => ({ ...s, running: true }));

  const phaseLength = state.phase === 'hold' ? hold : pace;
  const style = { '--nttp-breath-duration': `${phaseLength}s` } as CSSProperties;
  const status = state.finished
    ? 'Finished. You can start again whenever you like.'
    : state.started
      ? `${PHASE_WORDS[state.phase]}${state.running ? '' : ' (paused)'}`
      : 'Ready when you are.';

  return (
    <section className={cx('nttp-breathing', className)} aria-labelledby={`${id}-title`} data-nttp-motion={reduced ? 'reduced' : 'full'}>
      <h2 id={`${id}-title`} className="nttp-breathing__title">
        {title}
      </h2>
      <p className="nttp-breathing__intro">
        Follow the words at your own pace. You can pause or stop at any time, and change the pace whenever you like.
      </p>
      <div
        className="nttp-breathing__visual"
        data-phase={state.started && !state.finished ? state.phase : 'rest'}
        data-running={state.running ? 'true' : 'false'}
        style={style}
        aria-hidden="true"
      >
        {reduced ? null : <span className="nttp-breathing__circle" />}
        <span className="nttp-breathing__count">{state.started && !state.finished ? state.secondsLeft : ''}</span>
      </div>
      <p className="nttp-breathing__status" role="status" aria-live="polite">
        {status}
      </p>
      {breaths && state.started ? (
        <p className="nttp-breathing__progress">
          Breath {Math.min(state.breathsDone + 1, breaths)} of {breaths}
        </p>
      ) : null}
      <div className="nttp-breathing__controls">
        {!state.started || state.finished ? (
          <Button onClick={start}>
            {state.finished ? 'Start again' : 'Start'}
          </Button>
        ) : state.running ? (
          <Button onClick={pause}>
            Pause
          </Button>
        ) : (
          <>
            <Button onClick={resume}>
              Continue
            </Button>
            <Button variant="secondary" onClick={start}>
              Start again
            </Button>
          </>
        )}
      </div>
      <fieldset className="nttp-breathing__pace">
        <legend>Pace: seconds for each breath in and out</legend>
        {paces.map((seconds) => (
          <label key={seconds} className="nttp-breathing__pace-option">
            <input type="radio" name={`${id}-pace`} value={seconds} checked={pace === seconds} onChange={() => setPace(seconds)} />
            {seconds} seconds
          </label>
        ))}
      </fieldset>
    </section>
  );
}

function advance(s: PacerState, settings: { pace: number; hold: number; breaths?: number | undefined }): PacerState {
  if (!s.running) return s;
  if (s.secondsLeft > 1) return { ...s, secondsLeft: s.secondsLeft - 1 };
  if (s.phase === 'in') {
    return settings.hold > 0 ? { ...s, phase: 'hold', secondsLeft: settings.hold } : { ...s, phase: 'out', secondsLeft: settings.pace };
  }
  if (s.phase === 'hold') return { ...s, phase: 'out', secondsLeft: settings.pace };
  const breathsDone = s.breathsDone + 1;
  if (settings.breaths && breathsDone >= settings.breaths) {
    return { ...s, running: false, finished: true, breathsDone, phase: 'in', secondsLeft: settings.pace };
  }
  return { ...s, phase: 'in', secondsLeft: settings.pace, breathsDone };
}
