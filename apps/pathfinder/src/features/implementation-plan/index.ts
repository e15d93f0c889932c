// The three-year plan and the policy review tracker.
import { lazy } from 'react';
import type { Feature } from '../types';
import { implementationPlanTasks } from './tasks';

export const implementationPlanFeature: Feature = {
  routes: [
    { pattern: 'plan', title: () => 'Three-year implementation plan', Page: lazy(() => import('./PlanPage')) },
    { pattern: 'policy-reviews', title: () => 'Policy reviews', Page: lazy(() => import('./PolicyReviewsPage')) },
  ],
  tasks: implementationPlanTasks,
};
