import { useId, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { Button } from '../Button';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export interface ContentWarningProps {
  /** What the content includes, specifically: "descriptions of physical and sexual abuse". */
  topic: string;
  /** The content itself; it is only put on the page once the person chooses to see it. */
  children: ReactNode;
  /** The heading; "Content note" by default. */
  title?: string;
  /** More about the content, to help the person decide. */
  description?: ReactNode;
  /** Where "Skip this section" goes, such as "#next-section". Without it there is no skip link. */
  skipHref?: string;
  skipLabel?: string;
  showLabel?: string;
  hideLabel?: string;
  /** Start with the content shown (for someone who already chose to see such content). */
  defaultRevealed?: boolean;
  onRevealChange?: (revealed: boolean) => void;
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

/**
 * Says, specifically, what the next content includes, and lets the person choose to see it or skip it.
 * Nothing is shown until they choose, and they can hide it again.
 */
export function ContentWarning({
  topic,
  children,
  title = 'Content note',
  description,
  skipHref,
  skipLabel = 'Skip this section',
  showLabel = 'Show this content',
  hideLabel = 'Hide this content',
  defaultRevealed = false,
  onRevealChange,
  headingLevel = 2,
  className,
}: ContentWarningProps): ReactElement {
  const id = useId();
  useLanguageWarning('ContentWarning', { topic, title, description, skipLabel, showLabel, hideLabel });
  const [revealed, setRevealed] = useState(defaultRevealed);
  const Heading = `h${headingLevel}` as const;
  const toggle = () => {
    setRevealed(!revealed);
    onRevealChange?.(!revealed);
  };
  return (
    <section className={cx('nttp-content-warning', revealed && 'nttp-content-warning--revealed', className)} aria-labelledby={`${id}-title`}>
      <div className="nttp-content-warning__notice">
        <Heading id={`${id}-title`} className="nttp-content-warning__title">
          {title}
        </Heading>
        <p className="nttp-content-warning__topic">This section includes {topic}.</p>
        {description ? <div className="nttp-content-warning__description">{description}</div> : null}
        <div className="nttp-content-warning__actions">
          <Button variant="secondary" aria-expanded={revealed} aria-controls={`${id}-content`} onClick={toggle}>
            {revealed ? hideLabel : showLabel}
          </Button>
          {skipHref && !revealed ? (
            <a className="nttp-link nttp-content-warning__skip" href={skipHref}>
              {skipLabel}
            </a>
          ) : null}
        </div>
      </div>
      <div id={`${id}-content`} className="nttp-content-warning__content" hidden={!revealed}>
        {revealed ? children : null}
      </div>
    </section>
  );
}
