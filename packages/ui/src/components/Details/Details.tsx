import type { DetailsHTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export interface DetailsProps extends Omit<DetailsHTMLAttributes<HTMLDetailsElement>, 'onToggle'> {
  /** The short line people choose to open, such as "Why we ask about housing". */
  summary: string;
  children: ReactNode;
  /** Called with the new state whenever people open or close it. */
  onToggle?: (open: boolean) => void;
}

/**
 * More information that people open only if they choose: a native `<details>`, so it works without
 * JavaScript, in every browser's find-in-page, and with every assistive technology.
 */
export function Details({ summary, children, onToggle, className, ...rest }: DetailsProps) {
  useLanguageWarning('Details', { summary });
  return (
    <details className={cx('nttp-details', className)} onToggle={(event) => onToggle?.(event.currentTarget.open)} {...rest}>
      <summary className="nttp-details__summary">
        <span className="nttp-details__summary-text">{summary}</span>
      </summary>
      <div className="nttp-details__text">{children}</div>
    </details>
  );
}
