import type { ComponentExamples } from '../../internal/examples';
import { BreathingPacer } from './BreathingPacer';

export const examples: ComponentExamples = {
  component: 'BreathingPacer',
  principle: 'empowerment',
  alsoServes: ['safety', 'choice'],
  summary:
    'A breathing exercise the person starts, pauses and paces themselves. A fixed-pace animation that starts by itself made some people more anxious, so this one waits, and stays still under reduced motion while the words and count keep guiding the breath.',
  whenToUse: [
    'After a question or page that may bring up difficult feelings, offered as a choice.',
    'In self-help or waiting areas of a service, next to other ways to get support.',
  ],
  whenNotToUse: [
    'As a step people must complete to go on.',
    'Instead of signposting to support: put SupportSignpost nearby.',
  ],
  language: {
    do: ['Invite: "You can try this if it helps".', 'Say that people can stop at any time.'],
    dont: ['Promise it will calm people down.', 'Tell people how they should feel.'],
  },
  accessibility: [
    'Nothing moves or counts until the person selects Start (WCAG 2.2.2).',
    'Pause stops the count and the movement at once; Continue picks up where it left off. Leaving the page pauses it too.',
    'The pace can be changed at any time with native radios.',
    'Under prefers-reduced-motion the circle is not shown; the words and the count still guide the breath.',
    'The phase ("Breathe in", "Breathe out") is announced politely; the seconds are not read out.',
  ],
  research: ['A fixed-pace breathing animation made some users more anxious, so the pace is adjustable and it starts only when asked.', 'WCAG 2.2.2, pause, stop, hide.'],
  knownIssues: ['Breathing exercises do not suit everyone; offer other grounding options beside it.'],
  status: 'beta',
  examples: [
    { name: 'Default', description: 'Waiting for the person to start.', render: () => <BreathingPacer /> },
    { name: 'With a hold and a set number of breaths', render: () => <BreathingPacer hold={2} breaths={5} defaultPace={5} /> },
    { name: 'Own title and paces', render: () => <BreathingPacer title="Take a moment" paces={[4, 6, 8]} defaultPace={6} /> },
  ],
};
