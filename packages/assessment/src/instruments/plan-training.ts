import { z } from 'zod';
import { levelsIncludedIn, NES_LEVEL_IDS, TrainingPlanSchema, type NesLevelId, type Response, type TrainingPlan } from '@nttp/domain';
import { issue, parseOrThrow, ScoringError, type AssessmentIssue } from '../errors';
import { ANSWERED, compile } from '../instrument/compile';
import { classify, parseResponses } from '../scoring/responses';
import { emptyTally, tally } from '../scoring/unit-score';
import { stamp, type InstrumentStamp } from '../scoring/instrument-ref';
import { resolveTrainingNeeds, type TrainingNeedsAnalysis } from './training-needs-analysis';

/** What one person still needs, and why. */
export interface PersonNeed {
  respondentId: string;
  role: string | null;
  requiredLevel: NesLevelId;
  /** True when the person gave no role, or one the TNA does not list, so `requiredLevel` is the TNA's assumption. */
  levelAssumed: boolean;
  /** Modules the person still needs, lowest level first. */
  modulesNeeded: string[];
  /** Modules whose completion was not recorded (don't know, skipped or no answer): planned, to be safe. */
  modulesUnrecorded: string[];
  /** Mean confidence, or null when withheld. */
  confidence: number | null;
  /** Needs no cohort can meet (such as specialist training), arranged one to one. */
  beyondCohorts: NesLevelId[];
}

export interface TrainingPlanResult {
  instrument: InstrumentStamp;
  /** The plan in the @nttp/domain `TrainingPlan` shape: modules, cohorts per level with scaffolding, gaps. */
  plan: TrainingPlan;
  /** Who still needs what, person by person. */
  needs: PersonNeed[];
  notes: string[];
}

const PlanOptionsSchema = z.strictObject({
  planId: z.string().default('training-plan'),
  pathfinderId: z.string().default('pathfinder'),
  roundId: z.string().optional(),
  /** YYYY-MM-DD; the plan's date. When not given, the latest response date, so the same input always gives the same plan. */
  createdOn: z.string().optional(),
  /** The most people in one cohort; larger groups are split. Default 12. */
  maxCohortSize: z.number().int().min(2).default(12),
});
export type PlanTrainingOptions = z.input<typeof PlanOptionsSchema>;

const LEVEL_NAMES: Record<NesLevelId, string> = { informed: 'Informed', skilled: 'Skilled', enhanced: 'Enhanced', specialist: 'Specialist' };

function needsOf(tna: TrainingNeedsAnalysis, responses: Response[]): PersonNeed[] {
  const c = compile(tna.instrument);
  const confidence = c.scales.find((u) => u.id === tna.confidenceScaleId)!;
  const roleLevels = new Map(tna.roles.map((r) => [r.role, r.level]));
  const issues: AssessmentIssue[] = [];
  const needs = responses.map((r, index) => {
    const answers = classify(c, r, [index], issues);
    const known = r.role !== undefined ? roleLevels.get(r.role) : undefined;
    const requiredLevel = known ?? tna.levelWhenRoleNotGiven;
    const levels = new Set<NesLevelId>(levelsIncludedIn(requiredLevel));
    const modulesNeeded: string[] = [];
    const modulesUnrecorded: string[] = [];
    for (const m of tna.modules) {
      if (!levels.has(m.level)) continue;
      const i = c.itemIndex.get(m.itemId)!;
      if (answers.status[i] !== ANSWERED) {
        modulesNeeded.push(m.moduleId);
        modulesUnrecorded.push(m.moduleId);
      } else if (answers.keyed[i] !== 1) modulesNeeded.push(m.moduleId);
    }
    const t = tally(c, confidence, answers, emptyTally());
    const taught = new Set(tna.modules.map((m) => m.level));
    return {
      respondentId: r.respondentId,
      role: r.role ?? null,
      requiredLevel,
      levelAssumed: known === undefined,
      modulesNeeded,
      modulesUnrecorded,
      confidence: t.withheld ? null : t.score,
      beyondCohorts: [...levels].filter((l) => !taught.has(l)),
    };
  });
  if (issues.length) throw new ScoringError(issues, 'list of responses');
  return needs;
}

function latestDate(responses: Response[]): string {
  const latest = responses.reduce<string | undefined>((a, r) => (a === undefined || r.submittedOn > a ? r.submittedOn : a), undefined);
  if (latest === undefined)
    throw new ScoringError([issue(['options', 'createdOn'], 'plan-date', 'There are no responses to date the plan from: give createdOn, like 2025-09-01.')], 'set of plan options');
  return latest;
}

/**
 * Turns training needs analysis responses into a training plan: who needs which modules at the NES
 * level their role requires (levels are cumulative), cohorts per level with the scaffolding the
 * pathfinder learning report describes (cohort time in team meetings, peer support, coaching), and
 * the needs no cohort covers.
 */
export function planTraining(analysis: TrainingNeedsAnalysis, responses: unknown, options: PlanTrainingOptions = {}): TrainingPlanResult {
  const tna = resolveTrainingNeeds(analysis);
  const opts = parseOrThrow(PlanOptionsSchema, options, 'set of plan options', ['options']);
  const list = parseResponses(responses);
  const needs = needsOf(tna, list);
  const notes: string[] = [];
  const cohorts: TrainingPlan['cohorts'] = [];
  for (const level of NES_LEVEL_IDS) {
    const modules = tna.modules.filter((m) => m.level === level);
    if (!modules.length) continue;
    const moduleIds = new Set(modules.map((m) => m.moduleId));
    const people = needs.filter((p) => p.modulesNeeded.some((id) => moduleIds.has(id)));
    for (let start = 0, part = 1; start < people.length; start += opts.maxCohortSize, part++) {
      const members = people.slice(start, start + opts.maxCohortSize);
      const needed = modules.filter((m) => members.some((p) => p.modulesNeeded.includes(m.moduleId))).map((m) => m.moduleId);
      const scores = members.map((p) => p.confidence).filter((x): x is number => x !== null);
      const meanConfidence = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
      const scaffolding: TrainingPlan['cohorts'][number]['scaffolding'] = [
        { kind: 'team-meeting-cohort-time', description: 'Time in regular team meetings for the cohort to reflect together on putting the learning into practice.' },
        { kind: 'peer-support', description: 'Pair people who have completed this level with those starting it, for informal support between sessions.' },
      ];
      if (level !== 'informed' || (meanConfidence !== null && meanConfidence < tna.lowConfidenceBelow))
        scaffolding.push({
          kind: 'coaching',
          description:
            meanConfidence !== null && meanConfidence < tna.lowConfidenceBelow
              ? `Coaching linked to supervision: the cohort's mean confidence is ${meanConfidence.toFixed(1)}, below ${tna.lowConfidenceBelow}.`
              : 'Coaching linked to supervision, where capacity allows, to help people use the skills in practice.',
        });
      const suffix = people.length > opts.maxCohortSize ? ` ${part}` : '';
      cohorts.push({ id: `cohort-${level}-${part}`, name: `${LEVEL_NAMES[level]} cohort${suffix}`, level, respondentIds: members.map((p) => p.respondentId), moduleIds: needed, scaffolding });
    }
  }
  const gapCounts = new Map<string, { role: string; level: NesLevelId; people: number }>();
  for (const p of needs)
    for (const level of p.beyondCohorts) {
      const role = p.role ?? 'Role not given';
      const key = `${role}\u0000${level}`;
      const entry = gapCounts.get(key) ?? { role, level, people: 0 };
      entry.people++;
      gapCounts.set(key, entry);
    }
  const assumed = needs.filter((p) => p.levelAssumed && p.role === null).length;
  if (assumed) notes.push(`${assumed} ${assumed === 1 ? 'person' : 'people'} did not give a role, so the plan assumes the ${tna.levelWhenRoleNotGiven} level for them.`);
  // An unlisted role (often a spelling) gets the assumed level too, rather than stopping the whole plan.
  const unlisted = [...new Set(needs.filter((p) => p.levelAssumed && p.role !== null).map((p) => p.role!))];
  if (unlisted.length)
    notes.push(`These roles are not listed in this training needs analysis, so the plan assumes the ${tna.levelWhenRoleNotGiven} level for the people who gave them: ${unlisted.map((role) => `"${role}"`).join(', ')}. Add them to the roles, or correct the spelling.`);
  const unrecorded = needs.filter((p) => p.modulesUnrecorded.length).length;
  if (unrecorded) notes.push(`${unrecorded} ${unrecorded === 1 ? 'person' : 'people'} did not record whether they completed some training; those modules are planned for them, to be safe.`);
  if (gapCounts.size) notes.push('Some needs, such as specialist training, are beyond what a cohort can offer: they are listed under gaps to arrange one to one.');
  const used = new Set(cohorts.flatMap((c) => c.moduleIds));
  const plan = {
    id: opts.planId,
    pathfinderId: opts.pathfinderId,
    ...(opts.roundId ? { roundId: opts.roundId } : {}),
    createdOn: opts.createdOn ?? latestDate(list),
    modules: tna.modules.filter((m) => used.has(m.moduleId)).map(({ itemId: _item, moduleId, ...module }) => ({ id: moduleId, ...module })),
    cohorts,
    gaps: [...gapCounts.values()],
  };
  const checked = TrainingPlanSchema.safeParse(plan);
  if (!checked.success)
    throw new ScoringError([issue(['options'], 'plan-invalid', `The plan could not be made in the shared format: ${checked.error.issues[0]?.message ?? 'check the plan options'} (check planId, pathfinderId and createdOn).`)], 'set of plan options');
  return { instrument: stamp(tna.instrument), plan: checked.data, needs, notes };
}
