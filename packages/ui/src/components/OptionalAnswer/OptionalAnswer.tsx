import { useId } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import { useControllable } from '../../internal/use-controllable';

export interface OptionalAnswerProps {
  /** The question's own answer controls, such as a RadioGroup or a TextInput. */
  children: ReactNode;
  /** Field name of the checkbox; it submits "yes" when the person prefers not to say. */
  name: string;
  /** The checkbox's label. */
  label?: string;
  /** A word between the answer and the checkbox, as in GOV.UK's "or". */
  dividerText?: string;
  declined?: boolean;
  defaultDeclined?: boolean;
  onDeclinedChange?: (declined: boolean) => void;
  className?: string;
}

/**
 * Adds "I'd prefer not to say" to a question, as a real answer rather than a gap. Choosing it turns
 * the question's own controls off, so the two answers never contradict each other.
 */
export function OptionalAnswer({
  children,
  name,
  label = "I'd prefer not to say",
  dividerText = 'or',
  declined,
  defaultDeclined = false,
  onDeclinedChange,
  className,
}: OptionalAnswerProps): ReactElement {
  useLanguageWarning('OptionalAnswer', { label, dividerText });
  const id = useId();
  const [isDeclined, setDeclined] = useControllable(declined, defaultDeclined, onDeclinedChange);
  return (
    <div className={cx('nttp-optional-answer', isDeclined && 'nttp-optional-answer--declined', className)}>
      <fieldset className="nttp-optional-answer__answer" disabled={isDeclined}>
        {children}
      </fieldset>
      <p className="nttp-optional-answer__divider" aria-hidden="true">
        {dividerText}
      </p>
      <div className="nttp-optional-answer__decline">
        <input
          id={`${id}-decline`}
          type="checkbox"
          className="nttp-optional-answer__input"
          name={name}
          value="yes"
          checked={isDeclined}
          onChange={(event) => setDeclined(event.target.checked)}
        />
        <label htmlFor={`${id}-decline`} className="nttp-optional-answer__label">
          {label}
        </label>
      </div>
    </div>
  );
}
