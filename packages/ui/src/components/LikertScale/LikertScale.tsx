import type { ReactElement, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { Button } from '../Button';
import { Fieldset } from '../FormField';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import { useControllable } from '../../internal/use-controllable';

/**
 * An answer to a scale question. "Not applicable" and "don't know" are their own kinds, never numbers on
 * the scale, so no score can count them by mistake.
 */
export type LikertAnswer = { kind: 'scale'; value: number } | { kind: 'not-applicable' } | { kind: 'dont-know' };

export const AGREEMENT_LABELS = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'] as const;

export interface LikertScaleProps {
  /** The form field name; scale answers submit "1" to "n", the others "not-applicable" and "dont-know". */
  name: string;
  /** The question, shown as the group's legend. */
  question: ReactNode;
  hint?: ReactNode;
  /** One label per point, lowest first. Defaults to the five points of agreement. */
  labels?: readonly string[];
  /** Offer "Not applicable to me", kept apart from the scale. Pass a string to use other words. */
  notApplicable?: boolean | string;
  /** Offer "I don't know", kept apart from the scale. Pass a string to use other words. */
  dontKnow?: boolean | string;
  /** Offer a button that takes the answer away again. */
  clearable?: boolean;
  value?: LikertAnswer | null;
  defaultValue?: LikertAnswer | null;
  onChange?: (answer: LikertAnswer | null) => void;
  /** A calm message saying what to do, such as "Choose the answer closest to how you feel, or skip this question". */
  error?: string;
  required?: boolean;
  className?: string;
}

function toRadioValue(answer: LikertAnswer | null | undefined): string {
  if (!answer) return '';
  return answer.kind === 'scale' ? String(answer.value) : answer.kind;
}

function fromRadioValue(value: string): LikertAnswer {
  if (value === 'not-applicable' || value === 'dont-know') return { kind: value };
  return { kind: 'scale', value: Number(value) };
}

/** A scale question (such as 1 "Strongly disagree" to 5 "Strongly agree") with "not applicable" and "don't know" set apart. */
export function LikertScale({
  name,
  question,
  hint,
  labels = AGREEMENT_LABELS,
  notApplicable = false,
  dontKnow = false,
  clearable = false,
  value,
  defaultValue = null,
  onChange,
  error,
  required,
  className,
}: LikertScaleProps): ReactElement {
  useLanguageWarning('LikertScale', { question, hint, labels, notApplicable, dontKnow, error });
  const [current, choose] = useControllable<LikertAnswer | null>(value, defaultValue, onChange);
  const selected = toRadioValue(current);
  const outside: { value: 'not-applicable' | 'dont-know'; label: string }[] = [];
  if (notApplicable) outside.push({ value: 'not-applicable', label: typeof notApplicable === 'string' ? notApplicable : 'Not applicable to me' });
  if (dontKnow) outside.push({ value: 'dont-know', label: typeof dontKnow === 'string' ? dontKnow : "I don't know" });

  const radio = (radioValue: string, label: ReactNode, extra?: string) => (
    <label key={radioValue} className={cx('nttp-likert__option', extra)}>
      <input
        type="radio"
        className="nttp-likert__input"
        name={name}
        value={radioValue}
        checked={selected === radioValue}
        required={required}
        aria-invalid={error ? true : undefined}
        onChange={() => choose(fromRadioValue(radioValue))}
      />
      <span className="nttp-likert__label">{label}</span>
    </label>
  );

  return (
    <Fieldset label={question} hint={hint} error={error} className={cx('nttp-likert', className)}>
      <div className="nttp-likert__scale" data-points={labels.length}>
        {labels.map((label, index) =>
          radio(
            String(index + 1),
            <>
              <span className="nttp-likert__number">{index + 1}</span> {label}
            </>,
          ),
        )}
      </div>
      {outside.length > 0 ? (
        <div className="nttp-likert__outside">
          <p className="nttp-likert__divider" aria-hidden="true">
            or
          </p>
          {outside.map((option) => radio(option.value, option.label, 'nttp-likert__option--outside'))}
        </div>
      ) : null}
      {clearable && current ? (
        <Button variant="quiet" className="nttp-likert__clear" onClick={() => choose(null)}>
          Clear my answer
        </Button>
      ) : null}
    </Fieldset>
  );
}
