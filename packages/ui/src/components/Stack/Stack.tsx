import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/class-names';

export type SpaceStep = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface StackProps extends HTMLAttributes<HTMLElement> {
  as?: 'div' | 'section' | 'ul' | 'ol' | 'nav' | 'footer';
  /** The space between children, as a step of the spacing scale (--nttp-space-N). */
  gap?: SpaceStep;
  /** `row` lays children side by side and wraps them on narrow screens. */
  direction?: 'column' | 'row';
  align?: 'start' | 'center' | 'end' | 'stretch';
  children: ReactNode;
}

/** Lays its children out in a column or a wrapping row with even space from the spacing scale. */
export function Stack({ as: Tag = 'div', gap = 4, direction = 'column', align, className, style, children, ...rest }: StackProps) {
  const stackStyle = { '--nttp-stack-gap': `var(--nttp-space-${gap})`, ...style } as CSSProperties;
  return (
    <Tag className={cx('nttp-stack', `nttp-stack--${direction}`, align && `nttp-stack--align-${align}`, className)} style={stackStyle} {...rest}>
      {children}
    </Tag>
  );
}
