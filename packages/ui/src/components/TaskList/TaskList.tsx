import { useId } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export type TaskStatus = 'not-started' | 'in-progress' | 'completed' | 'cannot-start-yet';

/** The words for each status: calm, and the same everywhere in a service. */
export const TASK_STATUS_TEXT: Record<TaskStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  'cannot-start-yet': 'Cannot start yet',
};

export interface Task {
  id: string;
  title: string;
  /** Where the task is done. A task that cannot start yet is never a link. */
  href?: string;
  status: TaskStatus;
  /** A short hint under the title: what the task covers, or why it cannot start yet. */
  hint?: string;
  /** The person can leave this task out. */
  optional?: boolean;
  /** About how long the task takes, in minutes: ProgressSummary adds these up. */
  minutes?: number;
  /** Override the status words, such as "Saved, not sent". */
  statusText?: string;
}

export interface TaskListProps {
  tasks: readonly Task[];
  /** Renders each link, for client-side routers. Gets the props of a plain link. */
  renderLink?: (props: { href: string; className: string; 'aria-describedby': string; children: ReactNode }) => ReactNode;
  className?: string;
}

/**
 * The sections of a longer form with the status of each, so people can see what is left, do it in the
 * order they choose, and come back later (GOV.UK, NHS and Scottish Government task list).
 */
export function TaskList({ tasks, renderLink, className }: TaskListProps): ReactElement {
  const id = useId();
  useLanguageWarning('TaskList', { tasks: tasks.flatMap((t) => [t.title, t.hint ?? '', t.statusText ?? '']) });
  return (
    <ul className={cx('nttp-task-list', className)}>
      {tasks.map((task) => {
        const base = `${id}-${task.id}`;
        const describedBy = [task.hint ? `${base}-hint` : '', `${base}-status`].filter(Boolean).join(' ');
        const linked = task.href && task.status !== 'cannot-start-yet';
        const title = (
          <>
            {task.title}
            {task.optional ? (
              <>
                {' '}
                <span className="nttp-task-list__optional">(optional)</span>
              </>
            ) : null}
          </>
        );
        const linkProps = { href: task.href ?? '', className: 'nttp-link nttp-task-list__link', 'aria-describedby': describedBy, children: title };
        return (
          <li key={task.id} className={cx('nttp-task-list__item', linked && 'nttp-task-list__item--with-link')} data-status={task.status}>
            <div className="nttp-task-list__name">
              {linked ? (renderLink ? renderLink(linkProps) : <a {...linkProps} />) : <span className="nttp-task-list__title">{title}</span>}
              {task.hint ? (
                <div id={`${base}-hint`} className="nttp-task-list__hint">
                  {task.hint}
                </div>
              ) : null}
            </div>
            <div id={`${base}-status`} className={cx('nttp-task-list__status', `nttp-task-list__status--${task.status}`)}>
              {task.statusText ?? TASK_STATUS_TEXT[task.status]}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
