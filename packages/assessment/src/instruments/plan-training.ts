import { z } from 'zod/v4';
import { IsoDateSchema, levelsIncludedIn, TrainingPlanSchema, type NesLevelId, type Response, type TrainingPlan } from '@nttp/domain';
import { issue, parseOrThrow, ScoringError, type AssessmentIssue } from '../errors';
import { ANSWERED, compile } from '../instrument/compile';
import { classify, parseResponses } from '../scoring/responses';
import { emptyTally, tally } from '../scoring/unit-score';
import { stamp, type InstrumentStamp } from '../scoring/instrument-ref';
import { resolveTrainingNeeds, type TrainingNeedsAnalysis } from './training-needs-rules';
import { buildCohorts, newStarterPath, type NewStarterStep } from './plan-cohorts';

/** What one person still needs, and why. */
export interface PersonNeed {
  respondentId: string;
  role: string | null;
  requiredLevel: NesLevelId;
  /**
   * True when `requiredLevel` rests on an assumption: the person gave no role, gave one the analysis
   * does not list, or did not say how often they talk with the people the service supports.
   */
  levelAssumed: boolean;
  /** Why this level, in plain words. */
  levelReason: string;
  /** Modules the person still needs, lowest level first. */
  modulesNeeded: string[];
  /** Modules whose completion was not recorded (don't know, skipped or no answer): planned, to be safe. */
  modulesUnrecorded: string[];
  /** Mean confidence, or null when withheld. */
  confidence: number | null;
  /** Needs no cohort can meet (such as specialist training), arranged one to one. */
  beyondCohorts: NesLevelId[];
  /** Hours of working time to protect for this person: the modules' hours and reflection time for each. */
  protectedHours: number;
}

export interface TrainingPlanResult {
  instrument: InstrumentStamp;
  /** The plan in the @nttp/domain `TrainingPlan` shape: modules, dated cohorts per level with scaffolding, gaps. */
  plan: TrainingPlan;
  /** Who still needs what, person by person. */
  needs: PersonNeed[];
  /** Hours of working time to protect across everyone in the plan. */
  protectedHoursTotal: number;
  /** The path for someone who joins after the plan is made. */
  newStarters: NewStarterStep[];
  notes: string[];
}

/** A gap between cohorts, in whole weeks: up to a year, which keeps every cohort's date a real one. */
const Weeks = z
  .number({ error: 'Give the gap as a whole number of weeks, like 6.' })
  .int({ error: 'Give the gap as a whole number of weeks, like 6.' })
  .min(0, { error: 'The gap is 0 weeks or more.' })
  .max(52, { error: 'Keep the gap to a year (52 weeks) or less, so the plan stays in view.' });

const PlanOptionsSchema = z.strictObject({
  planId: z.string().default('training-plan'),
  pathfinderId: z.string().default('pathfinder'),
  roundId: z.string().optional(),
  /** YYYY-MM-DD; the plan's date. When not given, the latest response date, so the same input always gives the same plan. */
  createdOn: IsoDateSchema.optional(),
  /** YYYY-MM-DD; when the first cohorts start. The plan's date unless given. */
  startOn: IsoDateSchema.optional(),
  /** The most people in one cohort; larger groups are split evenly. Default 12. */
  maxCohortSize: z.number().int().min(2).default(12),
  /** Weeks between the start of one level's cohorts and the next level's (informed before skilled). Default 6. */
  weeksBetweenLevels: Weeks.default(6),
  /** Weeks between cohorts of the same level, so a team is not all away at once. Default 2. */
  weeksBetweenParts: Weeks.default(2),
  /** Hours of reflection time (cohort time in team meetings, or supervision) to protect per module. Default 2. */
  reflectionHoursPerModule: z.number({ error: 'Give the reflection hours as a number, like 2.' }).min(0).max(200, { error: 'Reflection time is up to 200 hours a module.' }).default(2),
});
export type PlanTrainingOptions = z.input<typeof PlanOptionsSchema>;

/** The level a person's role needs, and why; an unknown role or contact falls back to an assumption, said plainly. */
function levelFor(tna: TrainingNeedsAnalysis, role: string | undefined, contact: number | null): { level: NesLevelId; assumed: boolean; reason: string } {
  const fallback = tna.levelWhenRoleNotGiven;
  if (role === undefined) return { level: fallback, assumed: true, reason: `No role given: the ${fallback} level is assumed.` };
  const rule = tna.roles.find((r) => r.role === role);
  if (!rule) return { level: fallback, assumed: true, reason: `The role "${role}" is not listed in the training needs analysis: the ${fallback} level is assumed.` };
  if (rule.levelWithRegularContact === undefined) return { level: rule.level, assumed: false, reason: rule.why };
  if (contact === null)
    return { level: rule.levelWithRegularContact, assumed: true, reason: `${role}: how often they talk with the people we support was not recorded, so the ${rule.levelWithRegularContact} level is assumed, to be safe.` };
  return contact >= 1
    ? { level: rule.levelWithRegularContact, assumed: false, reason: `${role} who talks with the people we support most weeks or more: the ${rule.levelWithRegularContact} level.` }
    : { level: rule.level, assumed: false, reason: rule.why };
}

function needsOf(tna: TrainingNeedsAnalysis, responses: Response[], reflectionHours: number): PersonNeed[] {
  const c = compile(tna.instrument);
  const confidence = c.scales.find((u) => u.id === tna.confidenceScaleId)!;
  const contactIndex = tna.contactItemId === undefined ? undefined : c.itemIndex.get(tna.contactItemId);
  const issues: AssessmentIssue[] = [];
  const taught = new Set(tna.modules.filter((m) => !m.forRoles).map((m) => m.level));
  const needs = responses.map((r, index) => {
    const answers = classify(c, r, [index], issues);
    const contact = contactIndex !== undefined && answers.status[contactIndex] === ANSWERED ? answers.keyed[contactIndex]! : null;
    const { level: requiredLevel, assumed, reason } = levelFor(tna, r.role, contact);
    const levels = new Set<NesLevelId>(levelsIncludedIn(requiredLevel));
    const modulesNeeded: string[] = [];
    const modulesUnrecorded: string[] = [];
    for (const m of tna.modules) {
      const applies = m.forRoles ? r.role !== undefined && m.forRoles.includes(r.role) : levels.has(m.level);
      if (!applies) continue;
      const i = c.itemIndex.get(m.itemId)!;
      if (answers.status[i] !== ANSWERED) {
        modulesNeeded.push(m.moduleId);
        modulesUnrecorded.push(m.moduleId);
      } else if (answers.keyed[i] !== 1) modulesNeeded.push(m.moduleId);
    }
    const t = tally(c, confidence, answers, emptyTally());
    const hours = tna.modules.filter((m) => modulesNeeded.includes(m.moduleId)).reduce((sum, m) => sum + (m.hours ?? 0) + reflectionHours, 0);
    return {
      respondentId: r.respondentId,
      role: r.role ?? null,
      requiredLevel,
      levelAssumed: assumed,
      levelReason: reason,
      modulesNeeded,
      modulesUnrecorded,
      confidence: t.withheld ? null : t.score,
      beyondCohorts: [...levels].filter((l) => !taught.has(l)),
      protectedHours: hours,
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
 * level their role requires (levels are cumulative; an administrator who talks with the people the
 * service supports most weeks needs the skilled level), dated cohorts in order (informed before
 * skilled) and of even sizes, a leadership cohort for the roles that need one, the scaffolding the
 * pathfinder learning report describes (cohort time in team meetings, peer support, coaching, and
 * for someone training alone peers elsewhere and supervision), protected hours per person, a path for
 * new starters, and the needs no cohort covers. A role the analysis does not list is planned at the
 * assumed level, and the notes say so.
 */
export function planTraining(analysis: TrainingNeedsAnalysis, responses: unknown, options: PlanTrainingOptions = {}): TrainingPlanResult {
  const tna = resolveTrainingNeeds(analysis);
  const opts = parseOrThrow(PlanOptionsSchema, options, 'set of plan options', ['options']);
  const list = parseResponses(responses);
  const needs = needsOf(tna, list, opts.reflectionHoursPerModule);
  const createdOn = opts.createdOn ?? latestDate(list);
  const cohorts = buildCohorts(tna, needs, { startOn: opts.startOn ?? createdOn, weeksBetweenLevels: opts.weeksBetweenLevels, weeksBetweenParts: opts.weeksBetweenParts, maxCohortSize: opts.maxCohortSize });
  const gapCounts = new Map<string, { role: string; level: NesLevelId; people: number }>();
  for (const p of needs)
    for (const level of p.beyondCohorts) {
      const role = p.role ?? 'Role not given';
      const key = `${role}\u0000${level}`;
      const entry = gapCounts.get(key) ?? { role, level, people: 0 };
      entry.people++;
      gapCounts.set(key, entry);
    }
  const plan = {
    id: opts.planId,
    pathfinderId: opts.pathfinderId,
    ...(opts.roundId ? { roundId: opts.roundId } : {}),
    createdOn,
    modules: tna.modules.filter((m) => cohorts.some((c) => c.moduleIds.includes(m.moduleId))).map(({ itemId: _item, moduleId, forRoles: _roles, ...module }) => ({ id: moduleId, ...module })),
    cohorts,
    gaps: [...gapCounts.values()],
  };
  const checked = TrainingPlanSchema.safeParse(plan);
  if (!checked.success)
    throw new ScoringError([issue(['options'], 'plan-invalid', `The plan could not be made in the shared format: ${checked.error.issues[0]?.message ?? 'check the plan options'} (check planId, pathfinderId and createdOn).`)], 'set of plan options');
  const protectedHoursTotal = needs.reduce((sum, p) => sum + p.protectedHours, 0);
  return { instrument: stamp(tna.instrument), plan: checked.data, needs, protectedHoursTotal, newStarters: newStarterPath(tna), notes: planNotes(tna, needs, cohorts, gapCounts.size > 0, protectedHoursTotal) };
}

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

function planNotes(tna: TrainingNeedsAnalysis, needs: PersonNeed[], cohorts: TrainingPlan['cohorts'], gaps: boolean, hours: number): string[] {
  const notes: string[] = [];
  const noRole = needs.filter((p) => p.role === null).length;
  if (noRole) notes.push(`${people(noRole)} did not give a role, so the plan assumes the ${tna.levelWhenRoleNotGiven} level for them.`);
  const listed = new Set(tna.roles.map((r) => r.role));
  const unlisted = [...new Set(needs.flatMap((p) => (p.role !== null && !listed.has(p.role) ? [p.role] : [])))];
  if (unlisted.length)
    notes.push(`The role${unlisted.length === 1 ? '' : 's'} ${unlisted.map((r) => `"${r}"`).join(', ')} ${unlisted.length === 1 ? 'is' : 'are'} not in the training needs analysis, so the plan assumes the ${tna.levelWhenRoleNotGiven} level. Add ${unlisted.length === 1 ? 'it' : 'them'} to the analysis's roles to plan exactly.`);
  const contactUnknown = needs.filter((p) => p.levelAssumed && p.role !== null && listed.has(p.role)).length;
  if (contactUnknown) notes.push(`${people(contactUnknown)} did not say how often they talk with the people we support, so the plan assumes the higher level their role can need.`);
  const unrecorded = needs.filter((p) => p.modulesUnrecorded.length).length;
  if (unrecorded) notes.push(`${people(unrecorded)} did not record whether they completed some training; those modules are planned for them, to be safe.`);
  const alone = cohorts.filter((c) => c.respondentIds.length === 1).length;
  if (alone) notes.push(`${people(alone)} will train alone at a level: each is linked with peers in a partner service or the NTTP network, and with supervision, in place of cohort time.`);
  if (hours > 0) notes.push(`Protect ${hours} hours of working time in all for the training and reflection in this plan (each person's share is in needs).`);
  if (gaps) notes.push('Some needs, such as specialist training, are beyond what a cohort can offer: they are listed under gaps to arrange one to one.');
  return notes;
}
