import type { ComponentExamples } from '../../internal/examples';
import { Button } from '../Button';
import { CheckAnswers, SummaryList } from './SummaryList';

export const examples: ComponentExamples = {
  component: 'SummaryList',
  principle: 'empowerment',
  alsoServes: ['trust', 'choice'],
  summary:
    'Questions and answers in pairs, with a way to change each one. CheckAnswers uses it by section, so people see everything they are about to share and stay in control of it.',
  whenToUse: ['At the end of a form, before sending: the check-answers page.', 'To show a few facts in pairs, such as contact details.'],
  whenNotToUse: ['For tables of data with several columns: use a table.', 'For steps still to do: use TaskList.'],
  language: {
    do: ['Show a question that was skipped as "Not answered": skipping is a valid choice.', 'Name what each "Change" link changes, with hidden text.'],
    dont: ['Mark skipped answers as missing or incomplete.', 'Make changing an answer lose the others.'],
  },
  accessibility: [
    'It is a description list (dl, dt, dd).',
    'Each "Change" link names its question for screen reader users.',
    'Rows stack into one column on narrow screens.',
  ],
  research: ['GOV.UK and Scottish Government summary list and check answers patterns.'],
  status: 'beta',
  examples: [
    {
      name: 'Summary list',
      render: () => (
        <SummaryList
          rows={[
            { key: 'Name', value: 'Sam', actions: [{ href: '#name', text: 'Change', visuallyHiddenText: 'your name' }] },
            { key: 'Phone number', value: '0131 496 0000', actions: [{ href: '#phone', text: 'Change', visuallyHiddenText: 'your phone number' }] },
            { key: 'Safe to leave a voicemail', value: '', actions: [{ href: '#voicemail', text: 'Change', visuallyHiddenText: 'whether it is safe to leave a voicemail' }] },
          ]}
        />
      ),
    },
    {
      name: 'Check answers',
      description: 'Every answer by section, each with a Change link, then the send button.',
      render: () => (
        <CheckAnswers
          changeHref={(row) => `#${row.key.toLowerCase().replace(/\W+/g, '-')}`}
          sections={[
            {
              title: 'About you',
              rows: [
                { key: 'Name', value: 'Sam' },
                { key: 'Pronouns', value: undefined },
              ],
            },
            {
              title: 'Support',
              rows: [{ key: 'Support with', value: 'Somewhere safe to stay, money and benefits' }],
            },
          ]}
        >
          <p>Only your support worker will see these answers.</p>
          <Button type="submit">Send your answers</Button>
        </CheckAnswers>
      ),
    },
    {
      name: 'Read-only',
      render: () => (
        <SummaryList
          noBorder
          rows={[
            { key: 'Service', value: 'Edinburgh recovery hub' },
            { key: 'Open', value: 'Monday to Friday, 9am to 5pm' },
          ]}
        />
      ),
    },
  ],
};
