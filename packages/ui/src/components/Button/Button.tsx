import { forwardRef } from 'react';
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary` for the one main action on a page, `secondary` for others, `quiet` for low-key actions. */
  variant?: ButtonVariant;
  children: ReactNode;
}

/**
 * A button for an action on this page. It is `type="button"` unless told otherwise, so it never submits
 * a form by surprise, and it is at least 44px tall.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button({ variant = 'primary', type = 'button', className, children, ...rest }, ref) {
  useLanguageWarning('Button', { children, 'aria-label': rest['aria-label'], title: rest.title });
  return (
    <button type={type} className={cx('nttp-button', `nttp-button--${variant}`, className)} {...rest} ref={ref}>
      {children}
    </button>
  );
});
