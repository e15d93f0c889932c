import { useState } from 'react';
import type { ComponentExamples } from '../../internal/examples';
import { Button } from '../Button';
import { TimeoutWarning } from './TimeoutWarning';
import type { TimeoutWarningProps } from './TimeoutWarning';

type DemoProps = Partial<Omit<TimeoutWarningProps, 'expiresAt' | 'onExtend' | 'onTimeout'>> & { secondsLeft: number };

/** A page whose session is about to end: "more time" adds 20 minutes; the warning can be shown again. */
function SessionDemo({ secondsLeft, ...props }: DemoProps) {
  const [expiresAt, setExpiresAt] = useState(() => Date.now() + secondsLeft * 1000);
  const [note, setNote] = useState('Your session is open.');
  return (
    <div>
      <p role="status">{note}</p>
      <Button variant="secondary" onClick={() => setExpiresAt(Date.now() + secondsLeft * 1000)}>
        Show the warning again
      </Button>
      <TimeoutWarning
        {...props}
        expiresAt={expiresAt}
        onExtend={() => {
          setExpiresAt(Date.now() + 20 * 60 * 1000);
          setNote('You have 20 more minutes.');
        }}
        onTimeout={() => setNote('Your session ended. Your answers were saved.')}
      />
    </div>
  );
}

export const examples: ComponentExamples = {
  component: 'TimeoutWarning',
  principle: 'safety',
  alsoServes: ['trust', 'choice'],
  summary:
    'Warns before a session ends and lets the person ask for more time, so nobody loses their answers or is signed out without notice. It follows the Home Office and Ministry of Justice timeout guidance.',
  whenToUse: [
    'When a service signs people out or clears their answers after a time without activity.',
    'At least 2 minutes before the end, so there is time to read and answer (WCAG 2.2.1 asks for at least 20 seconds).',
  ],
  whenNotToUse: [
    'When the service can simply keep the session open or save the answers: that is kinder than any warning.',
    'For a time limit the person cannot change: explain it before they start instead.',
  ],
  language: {
    do: ['Say why the time limit exists ("for your security") and what is saved.', 'Give the time left in words, such as "1 minute 30 seconds".'],
    dont: ['Blame the person for being slow or inactive.', 'Use alarming words or red warning styling.'],
  },
  accessibility: [
    'Opens as a modal alertdialog, named by its title and described by its message.',
    'Focus moves into the dialog on open (its title is read first), stays inside it, and goes back to where it was on close.',
    'Esc and the close button give more time, the same as the main button.',
    'Screen readers hear the time left when it opens and every 15 seconds, not every second.',
  ],
  research: ['Home Office and Ministry of Justice timeout warning guidance.', 'WCAG 2.2.1, timing adjustable.'],
  status: 'beta',
  examples: [
    { name: 'Open', description: 'A minute and a half left.', render: () => <SessionDemo secondsLeft={90} /> },
    { name: 'With a way to leave', render: () => <SessionDemo secondsLeft={100} onLeave={() => undefined} /> },
    {
      name: 'Own words',
      render: () => (
        <SessionDemo
          secondsLeft={60}
          title="You can have more time"
          extendLabel="Keep going"
          message={(remaining) => <>We will close this form in {remaining} to keep your answers private. Everything you have written is saved.</>}
        />
      ),
    },
  ],
};
