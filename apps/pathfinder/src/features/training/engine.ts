// Every call the training feature makes into the scoring engine, in one place (see the assessment's
// engine.ts). planTraining's cohorts name a mean confidence; for a cohort of fewer than MIN_GROUP people
// that is a small group's result, so it is taken out here.
import { planTraining, trainingNeedsAnalysis } from '@nttp/assessment';
import type { AssessmentRound, PathfinderWorkspace, TrainingPlan } from '@nttp/domain';
import { MIN_GROUP, analysisOf } from '../assessment/engine';
import { freshId, responsesOf, today } from '../assessment/rounds';

export interface DrawnPlan {
  plan: TrainingPlan;
  notes: string[];
}

const CONFIDENCE_FIGURE = /:? the cohort's mean confidence is [\d.]+, below [\d.]+/;

/** A training plan from a closed training needs analysis round, with small cohorts' confidence figures left out. */
export function drawPlan(ws: PathfinderWorkspace, round: AssessmentRound): DrawnPlan {
  const planId = freshId(`${round.id}-plan`, ws.trainingPlans.map((p) => p.id));
  const result = planTraining(analysisOf(round) ?? trainingNeedsAnalysis, responsesOf(ws, round.id), { planId, pathfinderId: ws.pathfinder.id, roundId: round.id, createdOn: today() });
  const cohorts = result.plan.cohorts.map((cohort) =>
    cohort.respondentIds.length >= MIN_GROUP
      ? cohort
      : { ...cohort, scaffolding: cohort.scaffolding.map((s) => ({ ...s, description: s.description.replace(CONFIDENCE_FIGURE, ', where capacity allows') })) },
  );
  return { plan: { ...result.plan, cohorts }, notes: result.notes };
}
