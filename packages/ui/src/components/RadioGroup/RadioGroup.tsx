import { useId, type ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import { checkProps } from '../../internal/dev-props';
import { useControllable } from '../../internal/use-controllable';
import { Fieldset } from '../FormField';
import { ChoiceItem } from './ChoiceItem';

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
        {options.map((option, index) => (
          <ChoiceItem
            key={option.value}
            type="radio"
            id={index === 0 ? base : `${base}-${index}`}
            name={name}
            option={option}
            checked={selected === option.value}
            divider={dividerAfter !== undefined && index === dividerAfter}
            onChange={() => setSelected(option.value)}
          />
        ))}
      </div>
    </Fieldset>
  );
}
