import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary` for the one main action on a page, `secondary` for others, `quiet` for low-key actions. */
  variant?: ButtonVariant;
  children: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A button for an action on this page. It is `type="button"` unless told otherwise, so it never submits
 * a form by surprise, and it is at least 44px tall.
 */
export function Button({ variant = 'primary', type = 'button', className, children, ...rest }: ButtonProps) {
  useLanguageWarning('Button', { children, 'aria-label': rest['aria-label'], title: rest.title });
  return (
    <button type={type} className={cx('nttp-button', `nttp-button--${variant}`, className)} {...rest}>
      {children}
    </button>
  );
}
