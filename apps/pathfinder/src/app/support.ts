import type { SupportContact } from '@nttp/ui';

/** Support lines for staff in Scotland, open to anyone, shown in the same place on every page. */
export const SUPPORT_CONTACTS: readonly SupportContact[] = [
  { name: 'Breathing Space', description: 'Free, confidential advice for anyone in Scotland feeling low, stressed or anxious.', phone: '0800 83 85 87', hours: 'Weekdays 6pm to 2am; weekends from 6pm Friday to 6am Monday' },
  { name: 'Samaritans', description: 'Someone to talk to, whatever you are going through.', phone: '116 123', hours: '24 hours a day, every day' },
  { name: 'NHS 24', description: 'Urgent health advice, including mental health, when your GP practice is closed.', phone: '111', hours: '24 hours a day, every day' },
  { name: 'Shout', description: 'Text support if you would rather not talk.', text: '85258', hours: '24 hours a day, every day' },
];
