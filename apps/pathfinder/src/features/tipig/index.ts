// The implementation group (TIPIG): charter, members, meetings with decisions and actions.
import { lazy } from 'react';
import type { Feature } from '../types';
import { readableDate } from '../understanding/kit';
import { tipigTasks } from './tasks';

export const tipigFeature: Feature = {
  routes: [
    { pattern: 'tipig', title: (ws) => ws.tipigs[0]?.name ?? 'Implementation group (TIPIG)', Page: lazy(() => import('./TipigPage')) },
    {
      pattern: 'tipig/meetings/:meetingId',
      title: (ws, p) => {
        const meeting = ws.tipigs[0]?.meetings.find((m) => m.id === p.meetingId);
        return meeting ? `Meeting on ${readableDate(meeting.date)}` : 'TIPIG meeting';
      },
      Page: lazy(() => import('./MeetingPage')),
    },
  ],
  tasks: tipigTasks,
};
