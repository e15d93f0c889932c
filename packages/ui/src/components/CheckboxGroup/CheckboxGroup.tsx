import { useId, type ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import { checkProps } from '../../internal/dev-props';
import { useControllable } from '../../internal/use-controllable';
import { Fieldset } from '../FormField';
import { ChoiceItem } from '../RadioGroup/ChoiceItem';
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
        {options.map((option, index) => (
          <ChoiceItem
            key={option.value}
            type="checkbox"
            id={index === 0 ? base : `${base}-${index}`}
            name={name}
            option={option}
            checked={chosen.includes(option.value)}
            divider={index === firstExclusive && index > 0}
            onChange={() => setChosen(toggleChoice(options, chosen, option.value))}
          />
        ))}
      </div>
    </Fieldset>
  );
}
