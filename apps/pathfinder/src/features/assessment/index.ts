// The organisational assessment: rounds, the three ways to collect answers, and group results.
import { lazy } from 'react';
import type { PathfinderWorkspace } from '@nttp/domain';
import type { Feature, JourneyTask, RouteParams } from '../types';

const roundLabel = (ws: PathfinderWorkspace, params: RouteParams) => ws.assessmentRounds.find((r) => r.id === params.roundId)?.label ?? 'Assessment round';

function baselineTask(ws: PathfinderWorkspace): JourneyTask {
  const rounds = ws.assessmentRounds.filter((r) => r.kind === 'baseline');
  const closed = rounds.find((r) => r.closedOn);
  const latest = closed ?? rounds[rounds.length - 1];
  const people = latest ? ws.responses.filter((r) => r.roundId === latest.id).length : 0;
  return {
    id: 'assessment-baseline',
    phase: 'plan',
    title: 'Organisational assessment (baseline)',
    path: latest ? `assessment/${latest.id}` : 'assessment',
    status: closed ? 'completed' : latest ? 'in-progress' : 'not-started',
    hint: latest ? `${latest.label}: ${people} ${people === 1 ? 'person has' : 'people have'} answered${closed ? ', closed' : ''}.` : 'Start a round, then collect answers in a meeting, from a forms tool or on paper.',
  };
}

export const assessmentFeature: Feature = {
  routes: [
    { pattern: 'assessment', title: () => 'Organisational assessment', Page: lazy(() => import('./AssessmentPage')) },
    { pattern: 'assessment/:roundId', title: roundLabel, Page: lazy(() => import('./RoundPage')) },
    { pattern: 'assessment/:roundId/device', title: (ws, p) => `Pass the device: ${roundLabel(ws, p)}`, Page: lazy(() => import('./DevicePage')) },
    { pattern: 'assessment/:roundId/import', title: (ws, p) => `Import a spreadsheet: ${roundLabel(ws, p)}`, Page: lazy(() => import('./import/ImportPage')) },
    { pattern: 'assessment/:roundId/questionnaire', title: (ws, p) => `Questionnaire: ${roundLabel(ws, p)}`, Page: lazy(() => import('./QuestionnairePage')) },
    { pattern: 'assessment/:roundId/results', title: (ws, p) => `Results: ${roundLabel(ws, p)}`, Page: lazy(() => import('./ResultsPage')) },
  ],
  tasks: (ws) => [baselineTask(ws)],
};
