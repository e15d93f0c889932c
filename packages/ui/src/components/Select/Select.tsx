import { forwardRef } from 'react';
import type { ReactNode, SelectHTMLAttributes } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import { checkProps } from '../../internal/dev-props';
import { FormField } from '../FormField';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  id?: string;
  options: readonly SelectOption[];
  /** A first option with an empty value, such as "Choose a local authority". */
  placeholderOption?: string;
}

/** A native select with its label, hint and a calm error message. */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select({ label, hint, error, id, options, placeholderOption, className, ...rest }, ref) {
  useLanguageWarning('Select', { placeholderOption, options: options.map((option) => option.label) });
  checkProps('Select', (check) => check.notEmpty(options, 'options', 'option').unique(options, 'options', 'value', (o) => o.value));
  return (
    <FormField label={label} hint={hint} error={error} id={id}>
      {(control) => (
        <select className={cx('nttp-input', 'nttp-select', className)} {...control} {...rest} ref={ref} aria-describedby={cx(control['aria-describedby'], rest['aria-describedby']) || undefined}>
          {placeholderOption ? <option value="">{placeholderOption}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
});
