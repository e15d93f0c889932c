import type { ComponentExamples } from '../../internal/examples';
import { ConsentControl } from './ConsentControl';
import type { ConsentPurpose } from './ConsentControl';

const purposes: ConsentPurpose[] = [
  { id: 'store', label: 'Keep my answers while I use the service', description: 'Deleted 30 days after your last visit.', needed: true },
  { id: 'keyworker', label: 'Share my answers with my key worker', description: 'Only your key worker can see them, to prepare for your next meeting.' },
  { id: 'research', label: 'Use my answers, without my name, to improve the service', description: 'Your name and contact details are never included.' },
  { id: 'contact', label: 'Contact me about my feedback', description: 'By email, no more than once a month.' },
];

export const examples: ComponentExamples = {
  component: 'ConsentControl',
  principle: 'choice',
  alsoServes: ['trust'],
  summary:
    'Asks for consent one purpose at a time, with nothing agreed in advance, and lets the person withdraw any of it as easily as they gave it. What the service cannot work without is shown plainly, not asked.',
  whenToUse: [
    'When the service wants to use someone\'s information for more than one purpose.',
    'On a settings page, so people can see and change what they agreed to.',
  ],
  whenNotToUse: [
    'For information the service needs to work: say so plainly with DataUseSummary instead of asking.',
    'To bundle agreement to terms and conditions with optional uses.',
  ],
  language: {
    do: ['Say who will see it, what for, and for how long.', 'Say that people can change their mind at any time, and where.'],
    dont: ['Tick any box in advance.', 'Make withdrawing sound risky or ungrateful.'],
  },
  accessibility: [
    'The purposes are a fieldset with a legend; each is a native checkbox with a label and a linked description.',
    'Nothing is ticked until the person ticks it.',
    'Agreeing or withdrawing is confirmed to screen readers in a status message.',
    '"Withdraw all" appears once anything is agreed.',
  ],
  research: ["Chayn's Bloom: granular consent that can be withdrawn.", 'ICO guidance on consent under UK GDPR.'],
  status: 'beta',
  examples: [
    { name: 'Default', description: 'Nothing agreed yet.', render: () => <ConsentControl name="consent" legend="How we can use your answers" purposes={purposes} /> },
    {
      name: 'Some agreed',
      description: 'As seen later, on a settings page.',
      render: () => <ConsentControl name="consent" legend="How we can use your answers" purposes={purposes} defaultValue={{ keyworker: true, research: true }} />,
    },
    {
      name: 'Only optional purposes',
      render: () => (
        <ConsentControl
          name="consent"
          legend="Staying in touch"
          hint="Both are optional. The service works the same either way."
          purposes={purposes.filter((p) => !p.needed)}
          changeLaterText="You can change these in Settings at any time."
        />
      ),
    },
  ],
};
