import type { ComponentExamples } from '../../internal/examples';
import { TextInput } from '../TextInput';
import { ErrorSummary } from './ErrorSummary';

export const examples: ComponentExamples = {
  component: 'ErrorSummary',
  principle: 'trust',
  alsoServes: ['empowerment'],
  summary: 'A calm list, at the top of the page, of the answers that need changing, each linked to its field.',
  whenToUse: ['When a form is sent back with answers to change.', 'With the same words as each field’s own error message.'],
  whenNotToUse: ['For information that is not about the answers on this page: use GentleCallout.', 'Before people have tried to continue.'],
  language: {
    do: ['Say what to change: "Enter a postcode, like EH1 3AA".', 'Reassure people their other answers are kept.'],
    dont: ['Blame: "You made 2 errors", "Invalid input".', 'Use alarming titles such as "Error!" or red capitals.'],
  },
  accessibility: [
    'It takes focus when shown and has role="alert", so it is announced first.',
    'Each link moves focus to its field and scrolls its question into view.',
    'It is shown with a border and words, not colour alone.',
  ],
  research: ['GOV.UK, NHS and Scottish Government error summary patterns, with messages that never blame the person.'],
  status: 'beta',
  examples: [
    {
      name: 'Default',
      render: () => (
        <div>
          <ErrorSummary
            autoFocus={false}
            description="Your other answers are saved."
            errors={[
              { href: '#postcode', text: 'Enter a postcode, like EH1 3AA' },
              { href: '#phone', text: 'Enter a phone number, like 0131 496 0000' },
            ]}
          />
          <TextInput id="postcode" label="Postcode" width="10" error="Enter a postcode, like EH1 3AA" />
          <TextInput id="phone" label="Phone number" type="tel" width="20" error="Enter a phone number, like 0131 496 0000" />
        </div>
      ),
    },
    {
      name: 'One answer',
      render: () => <ErrorSummary autoFocus={false} errors={[{ href: '#when', text: 'Enter a date in the past, like 27 3 2024' }]} />,
    },
  ],
};
