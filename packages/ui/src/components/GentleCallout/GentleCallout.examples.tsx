import type { ComponentExamples } from '../../internal/examples';
import { GentleCallout } from './GentleCallout';

export const examples: ComponentExamples = {
  component: 'GentleCallout',
  principle: 'trust',
  summary:
    'Draws calm attention to something people need to know, without alarm. Its tone (information, important, good to know) is in words for screen readers as well as in colour.',
  whenToUse: ['For a fact that changes what people do next, such as a deadline or a document they need.', 'To reassure, such as "You can change your answers later".'],
  whenNotToUse: ['For errors: use the error message and ErrorSummary.', 'More than once or twice on a page: if everything stands out, nothing does.'],
  language: {
    do: ['Lead with what the person can do.', 'Keep it to one or two sentences.'],
    dont: ['Use "Warning" or capital letters to get attention.', 'Threaten consequences.'],
  },
  accessibility: [
    'The tone is given in words ("Important:") to screen readers, never by colour alone.',
    'Text and border colours meet 4.5:1 and 3:1 contrast in light and dark themes.',
  ],
  research: ['NHS warning callout and inset text.'],
  status: 'beta',
  examples: [
    { name: 'Information', render: () => <GentleCallout>You can change your answers until you send the form.</GentleCallout> },
    {
      name: 'Important, with a title',
      render: () => (
        <GentleCallout tone="important" title="Bring a form of ID">
          <p>Any of these is fine: a passport, a driving licence or a bus pass. If you do not have one, tell us and we will find another way.</p>
        </GentleCallout>
      ),
    },
    { name: 'Reassurance', render: () => <GentleCallout tone="reassurance">There are no right or wrong answers.</GentleCallout> },
  ],
};
