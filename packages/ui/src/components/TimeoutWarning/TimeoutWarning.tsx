import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { Button } from '../Button';
import { Dialog } from '../Dialog';
import { useLanguageWarning } from '../../internal/dev-language-warning';

/** Writes a duration the way people say it: "2 minutes", "1 minute 30 seconds", "45 seconds". */
export function formatRemaining(totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes === 0) return part(rest, 'second');
  return rest === 0 ? part(minutes, 'minute') : `${part(minutes, 'minute')} ${part(rest, 'second')}`;
}

/**
 * How often screen readers hear the time left, in seconds: often enough to know, not so often it talks
 * over them (a description that changed every second was read out every second).
 */
export const TIMEOUT_ANNOUNCE_EVERY = 30;

export interface TimeoutWarningProps {
  /** When the session ends, as a timestamp in milliseconds. Move it later to give more time. */
  expiresAt: number;
  /** How many seconds before the end the warning opens. GOV.UK services use 2 minutes. */
  warnBefore?: number;
  /** The person asked for more time: extend the session and pass a later `expiresAt`. Also called on Esc. */
  onExtend: () => void;
  /** The time ran out. Save what you can and take the person somewhere that explains what happened. */
  onTimeout: () => void;
  /** Offer a second way out, such as "Save and come back later". */
  onLeave?: () => void;
  title?: string;
  /** Says what happens when time runs out and why; gets the time left in words. */
  message?: (remaining: string) => ReactNode;
  extendLabel?: string;
  leaveLabel?: string;
  /** The dialog's close button; closing it gives more time, as Esc does. */
  closeLabel?: string;
  className?: string;
}

const defaultMessage = (remaining: string) => (
  <>
    For your security, we will sign you out in <strong>{remaining}</strong>. Your answers so far are saved.
  </>
);

/**
 * Warns before a session ends and lets the person ask for more time (WCAG 2.2.1). Opens as a modal
 * dialog a set time before the end, keeps focus inside until the person answers, and gives focus back
 * to where it was.
 */
export function TimeoutWarning({
  expiresAt,
  warnBefore = 120,
  onExtend,
  onTimeout,
  onLeave,
  title = 'Do you need more time?',
  message = defaultMessage,
  extendLabel = 'I need more time',
  leaveLabel = 'Save and come back later',
  closeLabel = 'Close',
  className,
}: TimeoutWarningProps): ReactElement | null {
  useLanguageWarning('TimeoutWarning', { title, extendLabel, leaveLabel, closeLabel });
  const [now, setNow] = useState<number | null>(null);
  const timedOut = useRef(false);
  const callbacks = useRef({ onTimeout });
  useEffect(() => {
    callbacks.current = { onTimeout };
  });

  useEffect(() => {
    timedOut.current = false;
    const tick = () => setNow(Date.now());
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [expiresAt]);

  const secondsLeft = now === null ? Infinity : (expiresAt - now) / 1000;
  const open = secondsLeft <= warnBefore && secondsLeft > 0;

  useEffect(() => {
    if (now !== null && secondsLeft <= 0 && !timedOut.current) {
      timedOut.current = true;
      callbacks.current.onTimeout();
    }
  }, [now, secondsLeft]);

  const extend = useCallback(() => onExtend(), [onExtend]);
  const liveId = `${useId().replace(/[^\w-]/g, '')}-time-left`;

  if (!open) return null;

  const remaining = formatRemaining(secondsLeft);
  // Screen readers hear the time when the dialog opens (it describes the dialog), then every 30 seconds.
  const announced = formatRemaining(Math.ceil(secondsLeft / TIMEOUT_ANNOUNCE_EVERY) * TIMEOUT_ANNOUNCE_EVERY);

  return (
    <Dialog
      open
      role="alertdialog"
      title={title}
      closeLabel={closeLabel}
      onClose={extend}
      describedBy={liveId}
      className={cx('nttp-timeout-warning', className)}
      actions={
        <>
          <Button onClick={extend}>{extendLabel}</Button>
          {onLeave ? (
            <Button variant="secondary" onClick={onLeave}>
              {leaveLabel}
            </Button>
          ) : null}
        </>
      }
    >
      <p className="nttp-timeout-warning__message">
        <span aria-hidden="true">{message(remaining)}</span>
        <span id={liveId} className="nttp-visually-hidden" aria-live="polite" aria-atomic="true">
          {message(announced)}
        </span>
      </p>
    </Dialog>
  );
}
