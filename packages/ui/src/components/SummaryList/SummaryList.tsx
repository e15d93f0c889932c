import type { ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import { checkProps } from '../../internal/dev-props';
import { Heading, type HeadingLevel } from '../Heading';

export interface SummaryAction {
  href: string;
  /** Usually "Change". */
  text: string;
  /** Hidden words naming what changes, for screen reader users: "your postcode". */
  visuallyHiddenText?: string;
}

export interface SummaryRow {
  key: string;
  /** The answer; an empty answer shows `emptyText`. */
  value?: ReactNode;
  actions?: readonly SummaryAction[];
}

export interface SummaryListProps {
  rows: readonly SummaryRow[];
  /** Shown for a question someone chose not to answer: it is a valid answer, not a gap. */
  emptyText?: string;
  /** Without the lines between rows, for short lists inside other content. */
  noBorder?: boolean;
  className?: string;
}

export const NOT_ANSWERED = 'Not answered';

const isEmpty = (value: ReactNode): boolean => value === undefined || value === null || value === '' || value === false;

/** Pairs of questions and answers, each with optional actions such as "Change" (a description list). */
export function SummaryList({ rows, emptyText = NOT_ANSWERED, noBorder = false, className }: SummaryListProps) {
  useLanguageWarning('SummaryList', { emptyText, keys: rows.map((row) => row.key) });
  checkProps('SummaryList', (check) => check.unique(rows, 'rows', 'key', (row) => row.key));
  const anyActions = rows.some((row) => row.actions && row.actions.length > 0);
  return (
    <dl className={cx('nttp-summary-list', noBorder && 'nttp-summary-list--no-border', className)}>
      {rows.map((row) => (
        <div key={row.key} className="nttp-summary-list__row">
          <dt className="nttp-summary-list__key">{row.key}</dt>
          <dd className={cx('nttp-summary-list__value', isEmpty(row.value) && 'nttp-summary-list__value--empty')}>{isEmpty(row.value) ? emptyText : row.value}</dd>
          {row.actions && row.actions.length > 0 ? (
            <dd className="nttp-summary-list__actions">
              {row.actions.map((action) => (
                <a key={`${action.href}:${action.text}`} className="nttp-summary-list__action" href={action.href}>
                  {action.text}
                  <span className="nttp-visually-hidden"> {action.visuallyHiddenText ?? row.key.toLowerCase()}</span>
                </a>
              ))}
            </dd>
          ) : anyActions ? (
            <dd className="nttp-summary-list__actions" />
          ) : null}
        </div>
      ))}
    </dl>
  );
}

export interface CheckAnswersSection {
  title: string;
  rows: readonly SummaryRow[];
}

export interface CheckAnswersProps {
  sections: readonly CheckAnswersSection[];
  /** The level of each section's title. */
  headingLevel?: HeadingLevel;
  /** A "Change" link per row goes to `changeHref(row)`; leave out for read-only answers. */
  changeHref?: (row: SummaryRow, section: CheckAnswersSection) => string | undefined;
  changeText?: string;
  emptyText?: string;
  /** What comes after the answers, such as a declaration and the send button. */
  children?: ReactNode;
  className?: string;
}

/**
 * The check-answers pattern: every answer, by section, with a way to change each one before sending,
 * so people stay in control of what they share.
 */
export function CheckAnswers({ sections, headingLevel = 2, changeHref, changeText = 'Change', emptyText, children, className }: CheckAnswersProps) {
  return (
    <div className={cx('nttp-check-answers', className)}>
      {sections.map((section) => (
        <section key={section.title} className="nttp-check-answers__section">
          <Heading level={headingLevel} size="l">
            {section.title}
          </Heading>
          <SummaryList
            emptyText={emptyText}
            rows={section.rows.map((row) => {
              const href = changeHref?.(row, section);
              return href ? { ...row, actions: [...(row.actions ?? []), { href, text: changeText, visuallyHiddenText: row.key.toLowerCase() }] } : row;
            })}
          />
        </section>
      ))}
      {children}
    </div>
  );
}
