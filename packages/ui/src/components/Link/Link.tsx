import type { AnchorHTMLAttributes, ReactNode, Ref } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
  children: ReactNode;
  /** Opens in a new tab, says so to everyone, and keeps the new page from reaching back to this one. */
  newTab?: boolean;
  /** Words added for screen readers only, after the visible text: "Change" + " your name". */
  visuallyHiddenText?: string;
  ref?: Ref<HTMLAnchorElement>;
}

/** A link to another page or place. When it opens a new tab it says so, so nobody is surprised. */
export function Link({ newTab = false, visuallyHiddenText, className, children, rel, ...rest }: LinkProps) {
  useLanguageWarning('Link', { children, visuallyHiddenText, title: rest.title });
  const newTabProps = newTab ? { target: '_blank', rel: cx(rel, 'noopener noreferrer') } : { rel };
  return (
    <a className={cx('nttp-link', className)} {...newTabProps} {...rest}>
      {children}
      {visuallyHiddenText ? <span className="nttp-visually-hidden"> {visuallyHiddenText}</span> : null}
      {newTab ? ' (opens in a new tab)' : null}
    </a>
  );
}
