import { useId, type ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import { checkProps } from '../../internal/dev-props';
import { useControllable } from '../../internal/use-controllable';
import { Fieldset } from '../FormField';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
  /** Shown under the option only while it is chosen, such as a follow-up question. */
  conditional?: ReactNode;
}

export interface RadioGroupProps {
  /** The question, as the fieldset's legend. */
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The group's id; each radio's id is `${id}-${index}`. The first radio is where an error summary links. */
  id?: string;
  name: string;
  options: readonly ChoiceOption[];
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  /** Side by side, for two short options such as Yes and No. */
  inline?: boolean;
  /** Options after this many are set apart with "or" (GOV.UK's divider), such as "Prefer not to say". */
  dividerAfter?: number;
  className?: string;
}

/** One answer from a few options, each visible, with a legend, a hint and a calm error. */
export function RadioGroup({ label, hint, error, id, name, options, value, defaultValue = '', onChange, inline, dividerAfter, className }: RadioGroupProps) {
  useLanguageWarning('RadioGroup', { label, hint, error });
  checkProps('RadioGroup', (check) => check.notEmpty(options, 'options', 'option').unique(options, 'options', 'value', (o) => o.value));
  const generated = useId().replace(/[^\w-]/g, '');
  const base = id ?? `nttp-radios${generated}`;
  const [selected, setSelected] = useControllable(value, defaultValue, onChange);
  return (
    <Fieldset label={label} hint={hint} error={error} id={`${base}-group`} className={className}>
      <div className={cx('nttp-choices', 'nttp-choices--radios', inline && 'nttp-choices--inline')}>
        {options.map((option, index) => {
          const optionId = index === 0 ? base : `${base}-${index}`;
          const hintId = `${optionId}-hint`;
          const checked = selected === option.value;
          return (
            <div key={option.value} className="nttp-choice-wrapper">
              {dividerAfter !== undefined && index === dividerAfter ? <div className="nttp-choices__divider">or</div> : null}
              <div className="nttp-choice">
                <input
                  className="nttp-choice__input"
                  type="radio"
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={checked}
                  disabled={option.disabled}
                  aria-describedby={option.hint ? hintId : undefined}
                  onChange={() => setSelected(option.value)}
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
