import type { ChoiceOption } from './RadioGroup';

interface ChoiceItemProps {
  type: 'radio' | 'checkbox';
  id: string;
  name: string;
  option: ChoiceOption;
  checked: boolean;
  /** Sets this option apart from those before it with "or" (GOV.UK's divider). */
  divider: boolean;
  onChange: () => void;
}

/** One radio or checkbox with its label, hint and conditional content: the markup both groups share. */
export function ChoiceItem({ type, id, name, option, checked, divider, onChange }: ChoiceItemProps) {
  const hintId = `${id}-hint`;
  return (
    <div className="nttp-choice-wrapper">
      {divider ? <div className="nttp-choices__divider">or</div> : null}
      <div className="nttp-choice">
        <input
          className="nttp-choice__input"
          type={type}
          id={id}
          name={name}
          value={option.value}
          checked={checked}
          disabled={option.disabled}
          aria-describedby={option.hint ? hintId : undefined}
          onChange={onChange}
        />
        <label className="nttp-choice__label" htmlFor={id}>
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
}
