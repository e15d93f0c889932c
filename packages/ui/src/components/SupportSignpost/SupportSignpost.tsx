import { useId } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export interface SupportContact {
  name: string;
  /** Who it is for and what they offer, in a sentence. */
  description?: string;
  /** Shown as written and dialled without spaces: "116 123". */
  phone?: string;
  /** A text number, such as "85258" for Shout. */
  text?: string;
  /** The word to text, where the service asks for one: "SHOUT" gives "Text SHOUT to 85258". */
  textKeyword?: string;
  /** A web chat, for people who would rather type than talk. */
  webChat?: string;
  webChatLabel?: string;
  /** An email address, for support that need not be immediate. */
  email?: string;
  /** A web page. */
  href?: string;
  hrefLabel?: string;
  /** When it is open: "24 hours a day, every day". */
  hours?: string;
}

export interface SupportSignpostProps {
  contacts: readonly SupportContact[];
  title?: string;
  intro?: ReactNode;
  /** Show the emergency line first. On by default. */
  emergency?: boolean;
  emergencyText?: string;
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

/** "Get support now": who to contact, how and when. Put it in the same place on every page (WCAG 3.2.6). */
export function SupportSignpost({
  contacts,
  title = 'Get support now',
  intro,
  emergency = true,
  emergencyText = 'If you or someone else is in danger right now, call 999.',
  headingLevel = 2,
  className,
}: SupportSignpostProps): ReactElement {
  useLanguageWarning('SupportSignpost', {
    title,
    intro,
    emergencyText,
    contacts: contacts.flatMap((c) => [c.name, c.description ?? '', c.hours ?? '', c.hrefLabel ?? '', c.webChatLabel ?? '']),
  });
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${Math.min(headingLevel + 1, 6)}` as 'h3';
  return (
    <aside className={cx('nttp-support', className)} aria-labelledby={`${id}-title`} data-nttp-support="">
      <Heading id={`${id}-title`} className="nttp-support__title">
        {title}
      </Heading>
      {intro ? <div className="nttp-support__intro">{intro}</div> : null}
      {emergency ? <p className="nttp-support__emergency">{emergencyText}</p> : null}
      <ul className="nttp-support__list">
        {contacts.map((contact) => (
          <li key={contact.name} className="nttp-support__contact">
            <Sub className="nttp-support__name">{contact.name}</Sub>
            {contact.description ? <p className="nttp-support__description">{contact.description}</p> : null}
            <ul className="nttp-support__ways">
              {contact.phone ? (
                <li>
                  Call <a className="nttp-link" href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>
                </li>
              ) : null}
              {contact.text ? (
                <li>
                  Text {contact.textKeyword ? <>{contact.textKeyword} to </> : null}
                  <a className="nttp-link" href={`sms:${contact.text.replace(/\s+/g, '')}${contact.textKeyword ? `?body=${encodeURIComponent(contact.textKeyword)}` : ''}`}>
                    {contact.text}
                  </a>
                </li>
              ) : null}
              {contact.webChat ? (
                <li>
                  <a className="nttp-link" href={contact.webChat}>{contact.webChatLabel ?? `Chat online with ${contact.name}`}</a>
                </li>
              ) : null}
              {contact.email ? (
                <li>
                  Email <a className="nttp-link" href={`mailto:${contact.email}`}>{contact.email}</a>
                </li>
              ) : null}
              {contact.href ? (
                <li>
                  <a className="nttp-link" href={contact.href}>{contact.hrefLabel ?? `Visit the ${contact.name} website`}</a>
                </li>
              ) : null}
            </ul>
            {contact.hours ? <p className="nttp-support__hours">{contact.hours}</p> : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}
