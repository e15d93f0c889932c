import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type HeadingSize = 's' | 'm' | 'l' | 'xl' | 'xxl';

/** h1 48/32px, h2 36/24, h3 24/18, h4 19/16 (desktop/phone): each level clearly above the next and above lead text. */
const DEFAULT_SIZE: Record<HeadingLevel, HeadingSize> = { 1: 'xxl', 2: 'xl', 3: 'l', 4: 'm', 5: 'm', 6: 'm' };

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** The heading's place in the page outline. */
  level: HeadingLevel;
  /** How large it looks, separate from its level, so the outline stays right whatever the design. */
  size?: HeadingSize;
  /** A short line above the heading, such as the section name: "Section 2 of 4". */
  caption?: string;
  children: ReactNode;
}

/** A heading whose level (for the page outline) and size (for the eye) are chosen separately. */
export function Heading({ level, size = DEFAULT_SIZE[level], caption, className, children, ...rest }: HeadingProps) {
  useLanguageWarning('Heading', { children, caption });
  const Tag = `h${level}` as const;
  return (
    <Tag className={cx('nttp-heading', `nttp-heading--${size}`, className)} {...rest}>
      {caption ? <span className="nttp-heading__caption">{caption} </span> : null}
      {children}
    </Tag>
  );
}
