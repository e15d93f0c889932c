// Private wellbeing plans: kept in this browser apart from the workspace (src/storage/wellbeing-store.ts).
import { lazy } from 'react';
import type { Feature } from '../types';

export const wellbeingFeature: Feature = {
  routes: [{ pattern: 'wellbeing', title: () => 'My wellbeing plan', Page: lazy(() => import('./WellbeingPage')) }],
  // A private plan is not part of the workspace, so the shared task list cannot (and should not) say
  // whether anyone has written one.
  tasks: () => [
    {
      id: 'wellbeing-plan',
      phase: 'plan',
      title: 'Write your own wellbeing plan',
      path: 'wellbeing',
      status: 'not-started',
      hint: 'Private to you: kept in this browser only, and its progress is not shown here.',
    },
  ],
};
