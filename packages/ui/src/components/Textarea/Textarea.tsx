import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { forwardRef, useState } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import { FormField } from '../FormField';

export interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  id?: string;
  /**
   * A gentle limit: people can keep typing past it and see how far over they are, rather than being cut
   * off mid-sentence (GOV.UK character count).
   */
  maxCharacters?: number;
}

/** Words for the character count, calm either side of the limit. */
export function characterCountMessage(length: number, max: number): string {
  const left = max - length;
  if (left >= 0) return `You have ${left} ${left === 1 ? 'character' : 'characters'} left`;
  return `You are ${-left} ${left === -1 ? 'character' : 'characters'} over the limit`;
}

/** A multi-line text field, with an optional gentle character count. */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea({ label, hint, error, id, rows = 5, maxCharacters, className, onChange, ...rest }, ref) {
  useLanguageWarning('Textarea', { placeholder: rest.placeholder });
  const initial = String(rest.value ?? rest.defaultValue ?? '');
  const [length, setLength] = useState(initial.length);
  const count = maxCharacters === undefined ? null : characterCountMessage(rest.value === undefined ? length : String(rest.value).length, maxCharacters);
  return (
    <FormField label={label} hint={hint} error={error} id={id}>
      {(control) => (
        <>
          <textarea
            rows={rows}
            className={cx('nttp-input', 'nttp-textarea', className)}
            {...control}
            {...rest} ref={ref}
            aria-describedby={cx(control['aria-describedby'], maxCharacters === undefined ? undefined : `${control.id}-count`, rest['aria-describedby']) || undefined}
            onChange={(event) => {
              setLength(event.target.value.length);
              onChange?.(event);
            }}
          />
          {count ? (
            <div id={`${control.id}-count`} className={cx('nttp-textarea__count', count.includes('over') && 'nttp-textarea__count--over')} aria-live="polite">
              {count}
            </div>
          ) : null}
        </>
      )}
    </FormField>
  );
});
