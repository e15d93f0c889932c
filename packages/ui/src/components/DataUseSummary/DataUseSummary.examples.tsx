import type { ComponentExamples } from '../../internal/examples';
import { DataUseSummary } from './DataUseSummary';

export const examples: ComponentExamples = {
  component: 'DataUseSummary',
  principle: 'trust',
  alsoServes: ['choice'],
  summary:
    'Answers, before people share anything, the questions they have about their information: what is collected, why, who sees it, for how long, when it would be shared, and what they can do about it.',
  whenToUse: ['At the start of a form that asks for personal information.', 'Next to ConsentControl, so people know what they are agreeing to.'],
  whenNotToUse: ['Instead of a privacy notice: link to the full notice from "Your choices".', 'For information the service does not keep.'],
  language: {
    do: ['Name roles, not departments: "your key worker".', 'Be honest about when information would be shared without asking.'],
    dont: ['Use legal terms such as "data controller" or "processing" without explaining them.', 'Promise that nobody else will ever see it unless that is true.'],
  },
  accessibility: [
    'A labelled section with a heading, and a description list of question and answer pairs.',
    'The rows stack on narrow screens; nothing is in a table that needs scrolling.',
  ],
  research: ['Trauma-informed digital service guides: who sees it and how long it is kept, said before asking.'],
  status: 'beta',
  examples: [
    {
      name: 'Default',
      render: () => (
        <DataUseSummary
          collected="Your answers to this form and your contact details."
          purpose="To plan your support with you."
          whoCanSee="You, your key worker and their manager."
          keptFor="One year after your support ends. Then we delete it."
          sharing="Only if we think you or someone else is at risk of serious harm. We would tell you first if we safely could."
          yourChoices={
            <p>
              You can see, correct or ask us to delete your information at any time. <a href="#privacy">Read the full privacy notice</a>.
            </p>
          }
        />
      ),
    },
    {
      name: 'Short',
      render: () => <DataUseSummary title="Your feedback" purpose="To improve this page." whoCanSee="The web team only." keptFor="Six months." headingLevel={3} />,
    },
  ],
};
