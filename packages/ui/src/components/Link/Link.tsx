import { forwardRef } from 'react';
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
  children: ReactNode;
  /** Opens in a new tab, says so to everyone, and keeps the new page from reaching back to this one. */
  newTab?: boolean;
  /** Words added for screen readers only, after the visible text: "Change" + " your name". */
  visuallyHiddenText?: string;
}

/** A link to another page or place. When it opens a new tab it says so, so nobody is surprised. */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link({ newTab = false, visuallyHiddenText, className, children, rel, ...rest }, ref) {
  useLanguageWarning('Link', { children, visuallyHiddenText, title: rest.title });
  const newTabProps = newTab ? { target: '_blank', rel: cx(rel, 'noopener noreferrer') } : { rel };
  return (
    <a className={cx('nttp-link', className)} {...newTabProps} {...rest} ref={ref}>
      {children}
      {visuallyHiddenText ? <span className="nttp-visually-hidden"> {visuallyHiddenText}</span> : null}
      {newTab ? ' (opens in a new tab)' : null}
    </a>
  );
});
