// The three-year plan and the policy reviews as pure changes to the workspace, and the arithmetic of the
// timeline (where an activity's bar sits across the plan's three years).
import type { ImplementationPlan, PathfinderWorkspace, PlanActivity, PolicyReview } from '@nttp/domain';
import { removeById, replaceById } from '../understanding/kit';

export const planOf = (workspace: PathfinderWorkspace): ImplementationPlan | undefined => workspace.implementationPlans[0];

/** Puts `plan` in the workspace in place of the one with its id (or as the first). */
export function putPlan(workspace: PathfinderWorkspace, plan: ImplementationPlan): PathfinderWorkspace {
  return { ...workspace, implementationPlans: replaceById(workspace.implementationPlans, plan) };
}

export function putActivity(plan: ImplementationPlan, activity: PlanActivity): ImplementationPlan {
  return { ...plan, activities: replaceById(plan.activities, activity) };
}

export function removeActivity(plan: ImplementationPlan, activityId: string): ImplementationPlan {
  return { ...plan, activities: removeById(plan.activities, activityId) };
}

export function putPolicyReview(workspace: PathfinderWorkspace, review: PolicyReview): PathfinderWorkspace {
  return { ...workspace, policyReviews: replaceById(workspace.policyReviews, review) };
}

export function removePolicyReview(workspace: PathfinderWorkspace, reviewId: string): PathfinderWorkspace {
  return { ...workspace, policyReviews: removeById(workspace.policyReviews, reviewId) };
}

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The day the plan's three years end (the same day three years on), as the domain counts it. */
export function planEnd(startDate: string): string {
  const [y, m, d] = startDate.split('-');
  return `${String(Number(y) + 3).padStart(4, '0')}-${m}-${d}`;
}

/**
 * Where an activity's bar sits, in percent of the plan's three years: `left` from the plan's start and
 * `width` at least 1%, so a one-day activity is still visible. Dates outside the plan are clamped.
 */
export function barPosition(planStart: string, activity: Pick<PlanActivity, 'start' | 'due'>): { left: number; width: number } {
  const from = time(planStart);
  const span = time(planEnd(planStart)) - from;
  const clamp = (t: number) => Math.min(1, Math.max(0, (t - from) / span));
  const left = clamp(time(activity.start));
  const right = clamp(time(activity.due) + DAY);
  const round = (n: number) => Math.round(n * 1000) / 10;
  return { left: round(left), width: Math.max(1, round(right - left)) };
}

/** Activities in the order a timeline reads: by year, then start, then due, then title. */
export function timelineOrder(activities: readonly PlanActivity[]): PlanActivity[] {
  return [...activities].sort((a, b) => a.year - b.year || a.start.localeCompare(b.start) || a.due.localeCompare(b.due) || a.title.localeCompare(b.title));
}
