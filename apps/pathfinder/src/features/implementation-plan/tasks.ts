// The plan's and the policy reviews' lines on the overview, with statuses from the workspace.
import type { PathfinderWorkspace } from '@nttp/domain';
import type { JourneyTask } from '../types';
import { plural } from '../understanding/kit';

export function implementationPlanTasks(workspace: PathfinderWorkspace): JourneyTask[] {
  const plan = workspace.implementationPlans[0];
  const activities = plan?.activities ?? [];
  const done = activities.filter((a) => a.status === 'done').length;
  // Written once every year of the plan has at least one activity.
  const everyYear = [1, 2, 3].every((year) => activities.some((a) => a.year === year));
  const reviews = workspace.policyReviews;
  const embedded = reviews.filter((r) => r.status === 'embedded').length;
  return [
    {
      id: 'implementation-plan',
      phase: 'plan',
      title: 'Three-year implementation plan',
      path: 'plan',
      status: !plan ? 'not-started' : everyYear ? 'completed' : 'in-progress',
      hint: plan ? `${plural(activities.length, 'activity', 'activities')}, ${done} done.` : 'Turn the Theory of Change into a timeline with owners.',
    },
    {
      id: 'policy-reviews',
      phase: 'implement',
      title: 'Policy reviews',
      path: 'policy-reviews',
      status: reviews.length === 0 ? 'not-started' : embedded === reviews.length ? 'completed' : 'in-progress',
      hint: reviews.length ? `${plural(reviews.length, 'review')}, ${embedded} embedded.` : 'Look at policies through a trauma lens, one principle at a time.',
    },
  ];
}
