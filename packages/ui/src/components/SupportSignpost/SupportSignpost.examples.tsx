import type { ComponentExamples } from '../../internal/examples';
import { SupportSignpost } from './SupportSignpost';
import type { SupportContact } from './SupportSignpost';

/** Scottish support lines, as published by each organisation; a service should check them before use. */
export const scottishSupportContacts: SupportContact[] = [
  {
    name: 'Samaritans',
    description: 'Someone to talk to about anything that is troubling you, by phone or by email.',
    phone: '116 123',
    email: 'jo@samaritans.org',
    hours: 'Calls free, 24 hours a day, every day. Emails are answered within a few days.',
  },
  {
    name: 'Shout',
    description: 'A free, confidential text service, for people who would rather not talk on the phone.',
    text: '85258',
    textKeyword: 'SHOUT',
    hours: '24 hours a day, every day.',
  },
  {
    name: 'Breathing Space',
    description: 'A free, confidential phone line for anyone in Scotland feeling low, anxious or stressed.',
    phone: '0800 83 85 87',
    webChat: 'https://breathingspace.scot',
    webChatLabel: 'Chat online with Breathing Space',
    hours: 'Weekdays 6pm to 2am; weekends from 6pm Friday to 6am Monday.',
  },
  {
    name: "Scotland's Domestic Abuse and Forced Marriage Helpline",
    phone: '0800 027 1234',
    href: 'https://sdafmh.org.uk',
    hrefLabel: 'Chat online or email the helpline',
    hours: 'Free, 24 hours a day.',
  },
  { name: 'NHS 24', description: 'Urgent health advice when your GP practice is closed.', phone: '111' },
];

export const examples: ComponentExamples = {
  component: 'SupportSignpost',
  principle: 'safety',
  alsoServes: ['collaboration'],
  summary: 'Who to contact for support, how and when. Put it in the same place on every page, so people can find it when they need it (WCAG 3.2.6 Consistent help).',
  whenToUse: ['On every page of a service about difficult experiences.', 'After a question or content that may bring up difficult feelings.'],
  whenNotToUse: ['As the only response to someone telling the service they are at risk: the service needs a process for that.', 'With contacts nobody has checked recently.'],
  language: {
    do: ['Say who each line is for and when it is open.', 'Write phone numbers as people say them.'],
    dont: ['Offer phone numbers only: some people cannot talk safely or at all.', 'Say "if you are struggling to cope".', 'Suggest people should only call if things are serious.'],
  },
  accessibility: [
    'A complementary landmark (aside) named by its heading, so screen reader users can jump to it.',
    'Phone and text numbers are links that start a call or a message on phones; web chat and email are offered for people who would rather type.',
    'Each link is a target at least 44 pixels high.',
  ],
  research: ['NHS guidance on helping people decide when and where to get care.', 'WCAG 2.2 success criterion 3.2.6, consistent help.'],
  knownIssues: ['The contacts are examples: a service must check each one is current before it goes live.'],
  status: 'beta',
  examples: [
    { name: 'Default', render: () => <SupportSignpost contacts={scottishSupportContacts} /> },
    {
      name: 'Without the emergency line',
      render: () => <SupportSignpost title="Talk to someone" emergency={false} contacts={scottishSupportContacts.slice(0, 2)} intro={<p>You do not need to be in crisis to call.</p>} />,
    },
  ],
};
