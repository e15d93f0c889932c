// The training needs analysis and training plan.
import { lazy } from 'react';
import type { Feature } from '../types';

export const trainingFeature: Feature = {
  routes: [
    { pattern: 'training', title: () => 'Training needs analysis', Page: lazy(() => import('./TrainingPage')) },
    { pattern: 'training/plan/:planId', title: () => 'Training plan', Page: lazy(() => import('./PlanPage')) },
  ],
  tasks: (ws) => {
    const rounds = ws.assessmentRounds.filter((r) => r.kind === 'training-needs');
    const closed = rounds.find((r) => r.closedOn);
    const people = rounds.reduce((n, r) => n + ws.responses.filter((x) => x.roundId === r.id).length, 0);
    const plan = ws.trainingPlans[ws.trainingPlans.length - 1];
    return [
      {
        id: 'training-needs-analysis',
        phase: 'plan',
        title: 'Training needs analysis',
        path: closed ? `assessment/${closed.id}` : rounds[0] ? `assessment/${rounds[0].id}` : 'training',
        status: closed ? 'completed' : rounds.length > 0 ? 'in-progress' : 'not-started',
        hint: rounds.length > 0 ? `${people} ${people === 1 ? 'person has' : 'people have'} answered.` : 'Ask staff about their confidence and the training they have done.',
      },
      {
        id: 'training-plan',
        phase: 'plan',
        title: 'Training plan',
        path: plan ? `training/plan/${plan.id}` : 'training',
        status: plan ? (plan.cohorts.every((c) => c.startsOn) ? 'completed' : 'in-progress') : closed ? 'not-started' : 'cannot-start-yet',
        hint: plan ? `${plan.cohorts.length} cohorts${plan.cohorts.every((c) => c.startsOn) ? ', each with a start date' : '; set each cohort’s start date'}.` : 'Drawn up from a closed training needs analysis.',
      },
    ];
  },
};
