import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import type { HeadingLevel } from '../Heading';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title: string;
  /** The title's level in the page outline. */
  headingLevel?: HeadingLevel;
  /** Makes the title a link; the whole card becomes a large target for it. */
  href?: string;
  children?: ReactNode;
  /** Less important details under the content, such as "Updated 3 March". */
  footer?: ReactNode;
}

/** A bordered group of related content with a title, optionally linking somewhere. */
export function Card({ title, headingLevel = 2, href, children, footer, className, ...rest }: CardProps) {
  useLanguageWarning('Card', { title });
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={cx('nttp-card', href && 'nttp-card--link', className)} {...rest}>
      <Heading className="nttp-card__title">
        {href ? (
          <a className="nttp-card__link" href={href}>
            {title}
          </a>
        ) : (
          title
        )}
      </Heading>
      {children ? <div className="nttp-card__content">{children}</div> : null}
      {footer ? <div className="nttp-card__footer">{footer}</div> : null}
    </article>
  );
}
