import { forwardRef } from 'react';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import { FormField } from '../FormField';

export type FieldWidth = 'full' | '20' | '10' | '5' | '3' | '2';

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'width'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  id?: string;
  /** Sized to the expected answer, in characters, so the box hints at what fits. */
  width?: FieldWidth;
}

/** A single-line text field with its label, hint and a calm error message. */
export const TextInput = forwardRef<HTMLInputElement, TextInputProps>(function TextInput({ label, hint, error, id, width = 'full', className, type = 'text', ...rest }, ref) {
  useLanguageWarning('TextInput', { placeholder: rest.placeholder });
  return (
    <FormField label={label} hint={hint} error={error} id={id}>
      {(control) => <input type={type} className={cx('nttp-input', `nttp-input--width-${width}`, className)} {...control} {...rest} ref={ref} aria-describedby={cx(control['aria-describedby'], rest['aria-describedby']) || undefined} />}
    </FormField>
  );
});
