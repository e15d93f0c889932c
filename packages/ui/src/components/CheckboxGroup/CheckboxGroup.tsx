import { useId, type ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import { checkProps } from '../../internal/dev-props';
import { useControllable } from '../../internal/use-controllable';
import { Fieldset } from '../FormField';
import type { ChoiceOption } from '../RadioGroup';

export interface CheckboxOption extends ChoiceOption {
  /** Chosen alone: choosing it clears the others, and choosing another clears it ("None of these"). */
  exclusive?: boolean;
}

export interface CheckboxGroupProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The first checkbox's id; the others are `${id}-${index}`. */
  id?: string;
  name: string;
  options: readonly CheckboxOption[];
  value?: readonly string[];
  defaultValue?: readonly string[];
  onChange?: (value: readonly string[]) => void;
  className?: string;
}

const EMPTY: readonly string[] = [];

/** The values chosen after toggling `value`, keeping exclusive options alone and the options' order. */
export function toggleChoice(options: readonly CheckboxOption[], chosen: readonly string[], value: string): string[] {
  const option = options.find((candidate) => candidate.value === value);
  if (!option) return [...chosen];
  if (chosen.includes(value)) return chosen.filter((v) => v !== value);
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.value));
  const next = option.exclusive ? [value] : [...chosen.filter((v) => !exclusive.has(v)), value];
  return options.map((o) => o.value).filter((v) => next.includes(v));
}

/** Any number of answers from a few options, with an optional "None of these" kept apart. */
export function CheckboxGroup({ label, hint, error, id, name, options, value, defaultValue = EMPTY, onChange, className }: CheckboxGroupProps) {
  useLanguageWarning('CheckboxGroup', { label, hint, error });
  checkProps('CheckboxGroup', (check) => check.notEmpty(options, 'options', 'option').unique(options, 'options', 'value', (o) => o.value));
  const generated = useId().replace(/[^\w-]/g, '');
  const base = id ?? `nttp-checkboxes${generated}`;
  const [chosen, setChosen] = useControllable<readonly string[]>(value, defaultValue, onChange);
  const firstExclusive = options.findIndex((option) => option.exclusive);
  return (
    <Fieldset label={label} hint={hint} error={error} id={`${base}-group`} className={className}>
      <div className={cx('nttp-choices', 'nttp-choices--checkboxes')}>
        {options.map((option, index) => {
          const optionId = index === 0 ? base : `${base}-${index}`;
          const hintId = `${optionId}-hint`;
          const checked = chosen.includes(option.value);
          return (
            <div key={option.value} className="nttp-choice-wrapper">
              {index === firstExclusive && index > 0 ? <div className="nttp-choices__divider">or</div> : null}
              <div className="nttp-choice">
                <input
                  className="nttp-choice__input"
                  type="checkbox"
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={checked}
                  disabled={option.disabled}
                  aria-describedby={option.hint ? hintId : undefined}
                  onChange={() => setChosen(toggleChoice(options, chosen, option.value))}
                />
                <label className="nttp-choice__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={hintId} className="nttp-hint nttp-choice__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
              {option.conditional && checked ? <div className="nttp-choice__conditional">{option.conditional}</div> : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
