import { useId, type ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

/** The props FormField hands to its control, so the label, hint and error are tied to it. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** The words a field shows around its control. */
export interface FieldTextProps {
  /** What the field asks, as a question or a short label. */
  label: ReactNode;
  /** Help that makes the answer easier: the format, why we ask, or that it is fine to skip. */
  hint?: ReactNode;
  /** What to change, calmly and specifically: "Enter a date in the past, like 27 3 2024". */
  error?: string;
}

export interface FormFieldProps extends FieldTextProps {
  /** The control's id; one is made for you when not given. */
  id?: string;
  /** Renders the control with the props that tie it to the label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
  className?: string;
}

/** Words shown before an error to screen reader users, so they know what follows. */
export const ERROR_PREFIX = 'Check this answer:';

/** The ids a field's parts use, made stable across server and client rendering. */
export function useFieldIds(id?: string): { id: string; hintId: string; errorId: string } {
  const generated = useId();
  const base = id ?? `nttp-field${generated.replace(/[^\w-]/g, '')}`;
  return { id: base, hintId: `${base}-hint`, errorId: `${base}-error` };
}

/** Joins the ids of the hint and the error that describe a control. */
export function describedBy(hintId: string, errorId: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [extra, hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="nttp-hint">
      {children}
    </div>
  );
}

/** A calm, specific message about what to change, with a hidden prefix for screen readers. */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="nttp-error-message">
      <span className="nttp-visually-hidden">{ERROR_PREFIX} </span>
      {children}
    </p>
  );
}

/**
 * A label, an optional hint and an optional error message around one control. The control gets an id,
 * `aria-describedby` (hint, then error) and `aria-invalid` when there is an error.
 */
export function FormField({ label, hint, error, id, children, className }: FormFieldProps) {
  useLanguageWarning('FormField', { label, hint, error });
  const ids = useFieldIds(id);
  const control: FieldControlProps = { id: ids.id };
  const description = describedBy(ids.hintId, ids.errorId, hint, error);
  if (description) control['aria-describedby'] = description;
  if (error) control['aria-invalid'] = true;
  return (
    <div className={cx('nttp-form-field', error && 'nttp-form-field--error', className)}>
      <label className="nttp-label" htmlFor={ids.id}>
        {label}
      </label>
      {hint ? <Hint id={ids.hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={ids.errorId}>{error}</ErrorMessage> : null}
      {children(control)}
    </div>
  );
}

export interface FieldsetProps extends FieldTextProps {
  id?: string;
  children: ReactNode;
  className?: string;
}

/** A group of related controls (radios, checkboxes) with a legend, a hint and an error for the group. */
export function Fieldset({ label, hint, error, id, children, className }: FieldsetProps) {
  useLanguageWarning('Fieldset', { label, hint, error });
  const ids = useFieldIds(id);
  return (
    <div className={cx('nttp-form-field', error && 'nttp-form-field--error', className)}>
      <fieldset className="nttp-fieldset" id={ids.id} aria-describedby={describedBy(ids.hintId, ids.errorId, hint, error)}>
        <legend className="nttp-fieldset__legend">{label}</legend>
        {hint ? <Hint id={ids.hintId}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={ids.errorId}>{error}</ErrorMessage> : null}
        {children}
      </fieldset>
    </div>
  );
}
