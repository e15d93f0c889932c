import { useId } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export interface DataUseSummaryProps {
  title?: string;
  /** What the service collects. */
  collected?: ReactNode;
  /** Why it needs it: what the information is used for. */
  purpose: ReactNode;
  /** Who can see it, by role: "your key worker and their manager". */
  whoCanSee: ReactNode;
  /** How long it is kept, and what happens then. */
  keptFor: ReactNode;
  /** Who it is never shared with, or when it would be (for example, if someone is at risk of serious harm). */
  sharing?: ReactNode;
  /** What the person can do: see it, correct it, ask for it to be deleted, and how. */
  yourChoices?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

/** The fixed questions, in the order people ask them. */
export const DATA_USE_QUESTIONS = {
  collected: 'What we collect',
  purpose: 'Why we need it',
  whoCanSee: 'Who can see it',
  keptFor: 'How long we keep it',
  sharing: 'When we would share it',
  yourChoices: 'Your choices',
} as const;

/**
 * Answers, before people share anything, the questions they have about their information: what is
 * collected, why, who sees it, for how long, when it would be shared, and what they can do about it.
 */
export function DataUseSummary({
  title = 'How we use your information',
  headingLevel = 2,
  className,
  ...answers
}: DataUseSummaryProps): ReactElement {
  useLanguageWarning('DataUseSummary', { title, ...answers });
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const rows = (Object.keys(DATA_USE_QUESTIONS) as (keyof typeof DATA_USE_QUESTIONS)[]).filter((key) => answers[key] !== undefined);
  return (
    <section className={cx('nttp-data-use', className)} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="nttp-data-use__title">
        {title}
      </Heading>
      <dl className="nttp-data-use__list">
        {rows.map((key) => (
          <div key={key} className="nttp-data-use__row">
            <dt className="nttp-data-use__question">{DATA_USE_QUESTIONS[key]}</dt>
            <dd className="nttp-data-use__answer">{answers[key]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
