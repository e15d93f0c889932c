import { useId } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export interface NextStep {
  title: string;
  /** When it happens: "Within 5 working days". */
  when?: string;
  description?: ReactNode;
}

export interface WhatHappensNextProps {
  steps: readonly NextStep[];
  title?: string;
  /** Who to contact with questions, and how. */
  contact?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

/**
 * "What happens next": the steps after a form is sent or a referral made, with when each happens and
 * who to ask, so nobody is left wondering.
 */
export function WhatHappensNext({ steps, title = 'What happens next', contact, headingLevel = 2, className }: WhatHappensNextProps): ReactElement {
  useLanguageWarning('WhatHappensNext', { title, contact, steps: steps.flatMap((s) => [s.title, s.when ?? '']) });
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={cx('nttp-next', className)} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="nttp-next__title">
        {title}
      </Heading>
      <ol className="nttp-next__steps">
        {steps.map((step, index) => (
          <li key={`${index}-${step.title}`} className="nttp-next__step">
            <span className="nttp-next__step-title">{step.title}</span>
            {step.when ? <span className="nttp-next__when">{step.when}</span> : null}
            {step.description ? <div className="nttp-next__description">{step.description}</div> : null}
          </li>
        ))}
      </ol>
      {contact ? <div className="nttp-next__contact">{contact}</div> : null}
    </section>
  );
}
