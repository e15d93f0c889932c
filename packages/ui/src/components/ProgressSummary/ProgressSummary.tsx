import type { ReactElement } from 'react';
import { cx } from '../../internal/class-names';
import type { Task } from '../TaskList/TaskList';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export interface Progress {
  completed: number;
  total: number;
  /** About how many minutes the sections still to do take; undefined when not known. */
  minutesLeft?: number;
}

/**
 * Counts the sections that are needed (optional ones are left out) and adds up the minutes of those not
 * yet completed.
 */
export function progressOf(tasks: readonly Task[]): Progress {
  const needed = tasks.filter((t) => !t.optional);
  const left = needed.filter((t) => t.status !== 'completed');
  const known = left.every((t) => typeof t.minutes === 'number');
  return {
    completed: needed.length - left.length,
    total: needed.length,
    minutesLeft: known ? left.reduce((sum, t) => sum + (t.minutes ?? 0), 0) : undefined,
  };
}

/** Rounds an estimate so it does not sound more exact than it is: to 5 minutes above 10. */
export function roundMinutes(minutes: number): number {
  if (minutes <= 0) return 0;
  if (minutes <= 10) return Math.ceil(minutes);
  return Math.round(minutes / 5) * 5;
}

export interface ProgressSummaryProps {
  /** The tasks of a TaskList; or give `completed` and `total` yourself. */
  tasks?: readonly Task[];
  completed?: number;
  total?: number;
  minutesLeft?: number;
  /** The word for one part of the form: "section" by default. */
  unit?: [singular: string, plural: string];
  className?: string;
}

/** "You have completed 2 of 4 sections. About 20 minutes left." Tells people where they are and what is left. */
export function ProgressSummary({ tasks, completed, total, minutesLeft, unit = ['section', 'sections'], className }: ProgressSummaryProps): ReactElement {
  useLanguageWarning('ProgressSummary', { unit });
  const fromTasks = tasks ? progressOf(tasks) : undefined;
  const done = completed ?? fromTasks?.completed ?? 0;
  const all = Math.max(total ?? fromTasks?.total ?? 0, done);
  const minutes = minutesLeft ?? fromTasks?.minutesLeft;
  const finished = all > 0 && done >= all;
  const percent = all === 0 ? 0 : Math.round((done / all) * 100);
  const rounded = minutes === undefined ? undefined : roundMinutes(minutes);
  return (
    <div className={cx('nttp-progress-summary', className)}>
      <p className="nttp-progress-summary__count">
        {finished ? `You have completed all ${all} ${all === 1 ? unit[0] : unit[1]}.` : `You have completed ${done} of ${all} ${all === 1 ? unit[0] : unit[1]}.`}
      </p>
      {!finished && rounded !== undefined && rounded > 0 ? (
        <p className="nttp-progress-summary__time">
          About {rounded} {rounded === 1 ? 'minute' : 'minutes'} left. You can stop and come back at any time.
        </p>
      ) : null}
      <div className="nttp-progress-summary__bar" aria-hidden="true">
        <div className="nttp-progress-summary__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
