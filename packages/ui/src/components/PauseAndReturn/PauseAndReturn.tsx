import { useId } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import { Button } from '../Button';

export interface PauseAndReturnProps {
  title?: string;
  /** When the answers were last saved. Shown as a time (or a date and time if not today). */
  savedAt?: Date;
  /** Until when the answers are kept, so people know how long they have. */
  keptUntil?: Date;
  /** How to come back: "Use the link in the email we sent you", "Sign in again". */
  howToReturn?: ReactNode;
  /** Where "Save and come back later" goes. Without `href` or `onSaveAndLeave` there is no button. */
  href?: string;
  onSaveAndLeave?: () => void;
  actionLabel?: string;
  /** The time zone for the times shown; the service's own by default, so server and browser agree. */
  timeZone?: string;
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

function formatTime(date: Date, timeZone: string, withDate: boolean): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
    ...(withDate ? { day: 'numeric', month: 'long', year: 'numeric' } : {}),
  })
    .format(date)
    .replace(/\s([ap]m)$/i, (_match, half: string) => half.toLowerCase());
}

function formatDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/**
 * "You can take a break": tells people their answers are saved, when, for how long, and how to come
 * back, so stopping is a choice they can make without losing anything (WCAG 3.3.7).
 */
export function PauseAndReturn({
  title = 'You can take a break',
  savedAt,
  keptUntil,
  howToReturn,
  href,
  onSaveAndLeave,
  actionLabel = 'Save and come back later',
  timeZone = 'Europe/London',
  headingLevel = 2,
  className,
}: PauseAndReturnProps): ReactElement {
  useLanguageWarning('PauseAndReturn', { title, howToReturn, actionLabel });
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={cx('nttp-pause', className)} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="nttp-pause__title">
        {title}
      </Heading>
      <p className="nttp-pause__text">Your answers are saved as you go. You can stop now and come back when it suits you.</p>
      {savedAt ? (
        <p className="nttp-pause__saved" role="status">
          Last saved at <time dateTime={savedAt.toISOString()}>{formatTime(savedAt, timeZone, false)}</time>.
        </p>
      ) : null}
      {keptUntil ? (
        <p className="nttp-pause__kept">
          We keep your answers until <time dateTime={keptUntil.toISOString()}>{formatDate(keptUntil, timeZone)}</time>.
        </p>
      ) : null}
      {howToReturn ? <div className="nttp-pause__return">{howToReturn}</div> : null}
      {href ? (
        <a className="nttp-link nttp-pause__action" href={href} onClick={onSaveAndLeave}>
          {actionLabel}
        </a>
      ) : onSaveAndLeave ? (
        <Button variant="secondary" onClick={onSaveAndLeave}>
          {actionLabel}
        </Button>
      ) : null}
    </section>
  );
}
