import type { ComponentExamples } from '../../internal/examples';
import { Button } from './Button';

export const examples: ComponentExamples = {
  component: 'Button',
  principle: 'empowerment',
  alsoServes: ['safety'],
  summary: 'A button for an action on this page, such as saving answers or moving to the next step.',
  whenToUse: ['For the main action of a page or form, with one primary button per page.', 'For actions that change something on this page, such as opening a dialog.'],
  whenNotToUse: ['To go to another page: use a Link, so people know where it leads.', 'For many equal choices: use RadioGroup or CheckboxGroup.'],
  language: {
    do: ['Start with a verb that says what happens next: "Save and continue", "Send your answers".', 'Keep it short: two to four words.'],
    dont: ['Use vague text such as "Submit" or "Click here".', 'Rush people with words such as "Hurry" or "Now".'],
  },
  accessibility: [
    'It is a native button, so it works with keyboard, voice and switch control.',
    'It is type="button" unless a form submit is asked for, so pressing it never submits by surprise.',
    'It is at least 44px tall and wide, above the 24px minimum.',
    'Focus shows a yellow band with a dark edge.',
  ],
  examples: [
    { name: 'Primary', description: 'The one main action on a page.', render: () => <Button>Save and continue</Button> },
    { name: 'Secondary', description: 'Another action next to the main one.', render: () => <Button variant="secondary">Save and come back later</Button> },
    { name: 'Quiet', description: 'A low-key action that should not draw the eye.', render: () => <Button variant="quiet">Change your answer</Button> },
    { name: 'Disabled', description: 'Use rarely: say nearby why the action is not available yet.', render: () => <Button disabled>Send your answers</Button> },
  ],
};
