import type { ReactElement, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export interface WhyWeAskProps {
  /** Why the service asks: what the answer changes for the person. */
  children: ReactNode;
  /** What happens to the answer: who sees it and how long it is kept. */
  whatWeDo?: ReactNode;
  /** The link text that opens it. */
  summary?: string;
  /** Say that the question can be skipped. */
  optionalText?: string;
  open?: boolean;
  className?: string;
}

/**
 * "Why we ask this": next to a personal or sensitive question, says why the service asks, what it does
 * with the answer, and whether the question can be skipped. Closed until the person opens it.
 */
export function WhyWeAsk({ children, whatWeDo, summary = 'Why we ask this', optionalText, open, className }: WhyWeAskProps): ReactElement {
  useLanguageWarning('WhyWeAsk', { children, whatWeDo, summary, optionalText });
  return (
    <details className={cx('nttp-why-we-ask', className)} open={open}>
      <summary className="nttp-why-we-ask__summary">
        <span className="nttp-why-we-ask__summary-text">{summary}</span>
      </summary>
      <div className="nttp-why-we-ask__text">
        <div className="nttp-why-we-ask__why">{children}</div>
        {whatWeDo ? <div className="nttp-why-we-ask__use">{whatWeDo}</div> : null}
        {optionalText ? <p className="nttp-why-we-ask__optional">{optionalText}</p> : null}
      </div>
    </details>
  );
}
