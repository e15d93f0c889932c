import type { ComponentExamples } from '../../internal/examples';
import { WhatHappensNext } from './WhatHappensNext';

export const examples: ComponentExamples = {
  component: 'WhatHappensNext',
  principle: 'trust',
  alsoServes: ['empowerment'],
  summary:
    'The steps after a form is sent or a referral made, with when each happens and who to ask, so nobody is left wondering what is going on.',
  whenToUse: ['On confirmation pages.', 'At the start of a process, so people know what they are agreeing to go through.'],
  whenNotToUse: ['When you cannot say what happens or when: say so honestly and say who to ask instead.', 'For instructions people follow now: use a numbered list in the page.'],
  language: {
    do: ['Give real times: "within 5 working days".', 'Say what the person needs to do, if anything, and what they do not.'],
    dont: ['Say "in due course" or "shortly".', 'Leave out what happens if the service does not get back to them.'],
  },
  accessibility: ['A labelled section with a heading and an ordered list, so the number of steps is announced.', 'The numbers and the line between steps are decoration; the order is in the list itself.'],
  research: ['NHS inset text and GOV.UK confirmation pages: say what happens next and when.'],
  status: 'beta',
  examples: [
    {
      name: 'Default',
      render: () => (
        <WhatHappensNext
          steps={[
            { title: 'We read your referral', when: 'Within 2 working days' },
            { title: 'A worker calls you', when: 'Within 5 working days', description: <p>They will call from a withheld number. If it is not a good time, say so and they will call back.</p> },
            { title: 'You choose whether to meet', description: <p>There is no pressure. You can say no, or say yes later.</p> },
          ]}
          contact={<p>If you have not heard from us in 5 working days, call 0131 496 0000.</p>}
        />
      ),
    },
    { name: 'Short', render: () => <WhatHappensNext title="After you send this" headingLevel={3} steps={[{ title: 'We email you a copy of your answers' }, { title: 'Your key worker reads them before your next meeting' }]} /> },
  ],
};
