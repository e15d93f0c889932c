import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export type TextSize = 's' | 'm' | 'l';

export interface TextProps extends HTMLAttributes<HTMLElement> {
  /** The element: a paragraph by default. */
  as?: 'p' | 'span' | 'div' | 'strong';
  size?: TextSize;
  /** `secondary` for supporting text; it still meets 4.5:1 contrast. */
  tone?: 'default' | 'secondary';
  /** A larger opening paragraph that sums up the page. */
  lead?: boolean;
  children: ReactNode;
}

/** Body text at a readable size and line length. */
export function Text({ as: Tag = 'p', size = 'm', tone = 'default', lead = false, className, children, ...rest }: TextProps) {
  useLanguageWarning('Text', { children });
  return (
    <Tag className={cx('nttp-text', `nttp-text--${lead ? 'l' : size}`, tone === 'secondary' && 'nttp-text--secondary', className)} {...rest}>
      {children}
    </Tag>
  );
}
