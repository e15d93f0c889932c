// Phase 3: follow-up rounds compared with the baseline, progress per theme, and the shareable report.
import { lazy } from 'react';
import type { PathfinderWorkspace } from '@nttp/domain';
import type { Feature, JourneyTask } from '../types';

const FollowUpPage = lazy(() => import('./FollowUpPage'));
const ReportPage = lazy(() => import('./ReportPage'));

function followUpTasks(ws: PathfinderWorkspace): JourneyTask[] {
  const closed = (kind: string) => ws.assessmentRounds.filter((r) => r.kind === kind && r.closedOn);
  const baselineClosed = closed('baseline').length > 0;
  const followUps = ws.assessmentRounds.filter((r) => r.kind === 'follow-up');
  const followUpClosed = closed('follow-up').length > 0;
  const latest = followUps[followUps.length - 1];
  return [
    {
      id: 'follow-up-assessment',
      phase: 'implement',
      title: 'Follow-up assessment',
      path: latest ? `assessment/${latest.id}` : 'assessment',
      status: followUpClosed ? 'completed' : latest ? 'in-progress' : baselineClosed ? 'not-started' : 'cannot-start-yet',
      hint: latest ? `${latest.label}: ${ws.responses.filter((r) => r.roundId === latest.id).length} people have answered.` : 'The same statements again, after changes have had time to work.',
    },
    {
      id: 'progress-report',
      phase: 'implement',
      title: 'Progress report',
      path: 'follow-up',
      status: baselineClosed && followUpClosed ? 'in-progress' : 'cannot-start-yet',
      hint: baselineClosed && followUpClosed ? 'Compare the rounds, update indicators and share the report.' : 'Ready once a baseline and a follow-up round are closed.',
    },
  ];
}

export const followUpFeature: Feature = {
  routes: [
    { pattern: 'follow-up', title: () => 'Follow-up and progress', Page: FollowUpPage },
    { pattern: 'follow-up/report', title: () => 'Progress report', Page: ReportPage },
    { pattern: 'follow-up/report/:baselineId/:followUpId', title: () => 'Progress report', Page: ReportPage },
    { pattern: 'follow-up/:baselineId/:followUpId', title: () => 'Follow-up and progress', Page: FollowUpPage },
  ],
  tasks: followUpTasks,
};
