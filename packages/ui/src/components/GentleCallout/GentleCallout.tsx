import type { ReactElement, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export type CalloutTone = 'information' | 'important' | 'reassurance';

/** Said before the callout's text to screen readers when it has no title, so the tone never rests on colour. */
export const CALLOUT_TONE_TEXT: Record<CalloutTone, string> = {
  information: 'Information',
  important: 'Important',
  reassurance: 'Good to know',
};

export interface GentleCalloutProps {
  children: ReactNode;
  /** A short heading. Without one, the tone's name is given to screen readers instead. */
  title?: string;
  tone?: CalloutTone;
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

/**
 * Draws calm attention to something people need to know, without alarm: the NHS inset text and
 * "important" callout, with its tone in words as well as colour.
 */
export function GentleCallout({ children, title, tone = 'information', headingLevel = 3, className }: GentleCalloutProps): ReactElement {
  useLanguageWarning('GentleCallout', { title, children });
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={cx('nttp-callout', `nttp-callout--${tone}`, className)}>
      {title ? (
        <Heading className="nttp-callout__title">
          <span className="nttp-visually-hidden">{CALLOUT_TONE_TEXT[tone]}: </span>
          {title}
        </Heading>
      ) : (
        <span className="nttp-visually-hidden">{CALLOUT_TONE_TEXT[tone]}: </span>
      )}
      <div className="nttp-callout__body">{children}</div>
    </div>
  );
}
