import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import { Button } from '../Button';
import { Textarea } from '../Textarea';

export interface FeedbackPromptProps {
  question?: string;
  /** Called as soon as the person answers yes or no. */
  onAnswer: (helpful: boolean) => void;
  /** When given, people can add a comment after answering; called with what they wrote. */
  onComment?: (comment: string, helpful: boolean) => void;
  /** Said under the comment box: what not to write, and that replies do not come from here. */
  privacyNote?: string;
  thanksText?: string;
  className?: string;
}

type Step = 'ask' | 'comment' | 'done';

/**
 * "Was this page helpful?": a two-button question, then an optional comment. Feedback goes back to the
 * people who run the service, so the people who use it shape it.
 */
export function FeedbackPrompt({
  question = 'Was this page helpful?',
  onAnswer,
  onComment,
  privacyNote = 'Please do not include personal details, such as your name or address. We cannot reply to comments here.',
  thanksText = 'Thank you for your feedback.',
  className,
}: FeedbackPromptProps): ReactElement {
  useLanguageWarning('FeedbackPrompt', { question, privacyNote, thanksText });
  const id = useId();
  const [step, setStep] = useState<Step>('ask');
  const [helpful, setHelpful] = useState(true);
  const [comment, setComment] = useState('');
  const messageRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    // The buttons that had focus are gone: move focus to the thank-you so keyboard users are not lost.
    if (step !== 'ask') messageRef.current?.focus();
  }, [step]);

  const answer = (value: boolean) => {
    setHelpful(value);
    onAnswer(value);
    setStep(onComment ? 'comment' : 'done');
  };

  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (comment.trim()) onComment?.(comment.trim(), helpful);
    setStep('done');
  };

  return (
    <section className={cx('nttp-feedback', className)} aria-label="Feedback">
      {step === 'ask' ? (
        <div className="nttp-feedback__ask">
          <p id={`${id}-question`} className="nttp-feedback__question">
            {question}
          </p>
          <div className="nttp-feedback__buttons" role="group" aria-labelledby={`${id}-question`}>
            <Button variant="secondary" onClick={() => answer(true)}>
              Yes
            </Button>
            <Button variant="secondary" onClick={() => answer(false)}>
              No
            </Button>
          </div>
        </div>
      ) : (
        <p ref={messageRef} tabIndex={-1} className="nttp-feedback__thanks" role="status">
          {step === 'done' && comment.trim() ? `${thanksText} We read every comment.` : thanksText}
        </p>
      )}
      {step === 'comment' ? (
        <form className="nttp-feedback__form" onSubmit={send}>
          <Textarea
            label={helpful ? 'What helped? (optional)' : 'How could this page be better? (optional)'}
            hint={privacyNote}
            rows={4}
            maxCharacters={1200}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <Button type="submit">Send</Button>
        </form>
      ) : null}
    </section>
  );
}
