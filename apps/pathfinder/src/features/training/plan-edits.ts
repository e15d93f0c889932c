// Edits to a saved training plan, as pure functions for `update`.
import type { PathfinderWorkspace, TrainingPlan } from '@nttp/domain';
import { freshId } from '../assessment/rounds';

type Cohort = TrainingPlan['cohorts'][number];

export function changePlan(ws: PathfinderWorkspace, planId: string, change: (plan: TrainingPlan) => TrainingPlan): PathfinderWorkspace {
  return { ...ws, trainingPlans: ws.trainingPlans.map((p) => (p.id === planId ? change(p) : p)) };
}

export function changeCohort(plan: TrainingPlan, cohortId: string, change: Partial<Pick<Cohort, 'name' | 'startsOn'>>): TrainingPlan {
  return {
    ...plan,
    cohorts: plan.cohorts.map((c) => {
      if (c.id !== cohortId) return c;
      const next = { ...c, ...change };
      if (!next.startsOn) delete next.startsOn;
      return next;
    }),
  };
}

/** Moves one person from one cohort to another; they are never in the same cohort twice. */
export function movePerson(plan: TrainingPlan, respondentId: string, fromCohortId: string, toCohortId: string): TrainingPlan {
  if (fromCohortId === toCohortId) return plan;
  return {
    ...plan,
    cohorts: plan.cohorts.map((c) => {
      if (c.id === fromCohortId) return { ...c, respondentIds: c.respondentIds.filter((id) => id !== respondentId) };
      if (c.id === toCohortId && !c.respondentIds.includes(respondentId)) return { ...c, respondentIds: [...c.respondentIds, respondentId] };
      return c;
    }),
  };
}

/** A new, empty cohort at the same level with the same modules and support, for people to be moved into. */
export function addCohortLike(plan: TrainingPlan, cohortId: string): TrainingPlan {
  const like = plan.cohorts.find((c) => c.id === cohortId);
  if (!like) return plan;
  const sameLevel = plan.cohorts.filter((c) => c.level === like.level).length;
  const id = freshId(`${like.id.replace(/-\d+$/, '')}-${sameLevel + 1}`, plan.cohorts.map((c) => c.id));
  const copy: Cohort = { ...like, id, name: `${like.name} ${sameLevel + 1}`, respondentIds: [], scaffolding: like.scaffolding.map((s) => ({ ...s })) };
  delete copy.startsOn;
  return { ...plan, cohorts: [...plan.cohorts, copy] };
}

export function removeEmptyCohort(plan: TrainingPlan, cohortId: string): TrainingPlan {
  return { ...plan, cohorts: plan.cohorts.filter((c) => c.id !== cohortId || c.respondentIds.length > 0) };
}
