import { useId, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { Button } from '../Button';
import { Fieldset } from '../FormField';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export interface ConsentPurpose {
  /** Stable id, used in the field name (`<name>-<id>`) and in the choices. */
  id: string;
  /** What the person agrees to, plainly: "Share my answers with my key worker". */
  label: string;
  /** What it means for them: who sees what, for how long. */
  description?: string;
  /** Needed for the service to work: shown as always on, with no box to tick. Keep these few. */
  needed?: boolean;
}

/** The person's choice for each purpose that is not needed; nothing is agreed until they agree to it. */
export type ConsentChoices = Record<string, boolean>;

export interface ConsentChange {
  purpose: ConsentPurpose;
  given: boolean;
  choices: ConsentChoices;
}

export interface ConsentControlProps {
  /** The field name prefix for form submission. */
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  purposes: readonly ConsentPurpose[];
  value?: ConsentChoices;
  defaultValue?: ConsentChoices;
  onChange?: (change: ConsentChange) => void;
  /** Where the person can change their mind later, told to them in the hint under the legend. */
  changeLaterText?: string;
  className?: string;
}

/**
 * Asks for consent one purpose at a time, with nothing agreed in advance, and lets the person withdraw
 * any of it as easily as they gave it. Purposes the service cannot work without are shown, not asked.
 */
export function ConsentControl({
  name,
  legend,
  hint,
  purposes,
  value,
  defaultValue = {},
  onChange,
  changeLaterText = 'You can change these choices at any time.',
  className,
}: ConsentControlProps): ReactElement {
  const id = useId();
  useLanguageWarning('ConsentControl', {
    legend,
    hint,
    changeLaterText,
    purposes: purposes.flatMap((p) => [p.label, p.description ?? '']),
  });
  const [own, setOwn] = useState<ConsentChoices>(defaultValue);
  const choices = value ?? own;
  const [announcement, setAnnouncement] = useState('');
  const optional = purposes.filter((p) => !p.needed);
  const needed = purposes.filter((p) => p.needed);
  const anyGiven = optional.some((p) => choices[p.id] === true);

  const set = (changes: { purpose: ConsentPurpose; given: boolean }[], announcement: string) => {
    let next = { ...choices };
    for (const { purpose, given } of changes) next = { ...next, [purpose.id]: given };
    if (value === undefined) setOwn(next);
    for (const { purpose, given } of changes) onChange?.({ purpose, given, choices: next });
    setAnnouncement(announcement);
  };
  const setOne = (purpose: ConsentPurpose, given: boolean) =>
    set([{ purpose, given }], given ? `Agreed: ${purpose.label}.` : `Withdrawn: ${purpose.label}. We will stop from now on.`);
  const withdrawAll = () =>
    set(
      optional.filter((p) => choices[p.id] === true).map((purpose) => ({ purpose, given: false })),
      'All choices withdrawn. We will stop from now on.',
    );

  return (
    <Fieldset
      label={legend}
      hint={
        <>
          {hint ? <div>{hint}</div> : null}
          <p className="nttp-consent__change-later">{changeLaterText}</p>
        </>
      }
      className={cx('nttp-consent', className)}
    >
      {needed.length > 0 ? (
        <div className="nttp-consent__needed">
          <p className="nttp-consent__subheading">Needed for the service to work</p>
          <ul className="nttp-consent__list">
            {needed.map((purpose) => (
              <li key={purpose.id} className="nttp-consent__item">
                <span className="nttp-consent__label">
                  {purpose.label} <span className="nttp-consent__always">(always on)</span>
                </span>
                {purpose.description ? <span className="nttp-consent__description">{purpose.description}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {optional.length > 0 ? (
        <p className="nttp-consent__subheading" id={`${id}-optional`}>
          {needed.length > 0 ? 'You can choose these' : 'Choose any you are happy with'}
        </p>
      ) : null}
      <ul className="nttp-consent__list" aria-labelledby={optional.length > 0 ? `${id}-optional` : undefined}>
        {optional.map((purpose) => {
          const inputId = `${id}-${purpose.id}`;
          return (
            <li key={purpose.id} className="nttp-consent__item">
              <input
                id={inputId}
                type="checkbox"
                className="nttp-consent__input"
                name={`${name}-${purpose.id}`}
                value="yes"
                checked={choices[purpose.id] === true}
                aria-describedby={purpose.description ? `${inputId}-description` : undefined}
                onChange={(event) => setOne(purpose, event.target.checked)}
              />
              <label htmlFor={inputId} className="nttp-consent__label">
                {purpose.label}
              </label>
              {purpose.description ? (
                <span id={`${inputId}-description`} className="nttp-consent__description">
                  {purpose.description}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {anyGiven ? (
        <Button
          variant="quiet"
          className="nttp-consent__withdraw-all"
          onClick={withdrawAll}
        >
          Withdraw all
        </Button>
      ) : null}
      <p className="nttp-visually-hidden" role="status">
        {announcement}
      </p>
    </Fieldset>
  );
}
