import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import { checkProps } from '../../internal/dev-props';

export interface ErrorSummaryItem {
  /** The id of the field to fix (its first control for a group), or a full `#id` link. */
  href: string;
  /** The same words as the field's own error message. */
  text: string;
}

export interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[];
  /** Calm, and about the answers rather than the person. */
  title?: string;
  /** Something to say before the list, such as "Your other answers are saved.". */
  description?: ReactNode;
  /** Moves focus here when shown, so screen reader and keyboard users hear it first (GOV.UK behaviour). */
  autoFocus?: boolean;
  className?: string;
}

export const ERROR_SUMMARY_TITLE = 'Some answers need another look';

function targetId(href: string): string {
  return href.startsWith('#') ? href.slice(1) : href;
}

/**
 * Lists what needs changing at the top of a page, each linked to its field. Following a link moves
 * focus to the field and scrolls its label or legend into view.
 */
export function ErrorSummary({ errors, title = ERROR_SUMMARY_TITLE, description, autoFocus = true, className }: ErrorSummaryProps) {
  useLanguageWarning('ErrorSummary', { title, errors: errors.map((e) => e.text) });
  checkProps('ErrorSummary', (check) =>
    errors.forEach((item, index) => {
      if (!targetId(item.href).trim()) check.add(['errors', index, 'href'], 'empty', 'Give the id of the field to fix, such as "#postcode", so the link can take people there.');
    }),
  );
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `nttp-error-summary${useId().replace(/[^\w-]/g, '')}`;

  useEffect(() => {
    if (autoFocus && errors.length > 0) ref.current?.focus();
  }, [autoFocus, errors.length]);

  if (errors.length === 0) return null;

  const follow = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    const input = document.getElementById(targetId(href));
    if (!input) return;
    event.preventDefault();
    // Scroll the question into view too, not only the control: a legend or label sits above it.
    const legend = input.closest('fieldset')?.querySelector('legend');
    const label = [...document.querySelectorAll('label')].find((candidate) => candidate.htmlFor === input.id);
    (legend ?? label ?? input).scrollIntoView?.();
    input.focus({ preventScroll: true });
  };

  return (
    <div ref={ref} className={cx('nttp-error-summary', className)} role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="nttp-error-summary__title">
        {title}
      </h2>
      {description ? <div className="nttp-error-summary__description">{description}</div> : null}
      <ul className="nttp-error-summary__list">
        {errors.map((error) => (
          <li key={`${error.href}:${error.text}`}>
            <a href={`#${targetId(error.href)}`} onClick={(event) => follow(event, error.href)}>
              {error.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
