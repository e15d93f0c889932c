import { z } from 'zod/v4';
import { IdSchema, IsoDateSchema, LabelSchema, TextSchema, CountSchema } from './primitives';
import { ThemeIdSchema } from './reference';
import { PrincipleIdSchema } from './reference';
import { NesLevelIdSchema } from './reference';
import { WorkStatusSchema } from './tipig';
import { checkDateOrder, checkReference, duplicateIds } from './checks';

export const SCAFFOLDING_KINDS = ['team-meeting-cohort-time', 'peer-support', 'coaching', 'clinical-supervision'] as const;

export const TrainingModuleSchema = z.strictObject({
  id: IdSchema,
  title: LabelSchema,
  level: NesLevelIdSchema,
  format: z.enum(['e-module', 'workshop', 'webinar', 'coaching', 'self-study']),
  provider: LabelSchema.optional(),
  hours: z.number().positive().max(200).optional(),
});
export type TrainingModule = z.infer<typeof TrainingModuleSchema>;

/** The TI Practice training plan drawn from a training needs analysis. */
export const TrainingPlanSchema = z
  .strictObject({
    id: IdSchema,
    pathfinderId: IdSchema,
    /** The TNA round the plan was drawn from. */
    roundId: IdSchema.optional(),
    createdOn: IsoDateSchema,
    modules: z.array(TrainingModuleSchema),
    cohorts: z.array(
      z.strictObject({
        id: IdSchema,
        name: LabelSchema,
        level: NesLevelIdSchema,
        respondentIds: z.array(IdSchema),
        moduleIds: z.array(IdSchema),
        startsOn: IsoDateSchema.optional(),
        scaffolding: z.array(z.strictObject({ kind: z.enum(SCAFFOLDING_KINDS), description: TextSchema })),
      }),
    ),
    /** People and levels still to reach, after the cohorts. */
    gaps: z.array(z.strictObject({ role: LabelSchema, level: NesLevelIdSchema, people: CountSchema })).default([]),
  })
  .superRefine((plan, ctx) => {
    duplicateIds(ctx, plan.modules, ['modules'], 'another module');
    duplicateIds(ctx, plan.cohorts, ['cohorts'], 'another cohort');
    const moduleIds = new Set(plan.modules.map((m) => m.id));
    plan.cohorts.forEach((cohort, c) =>
      cohort.moduleIds.forEach((id, i) =>
        checkReference(ctx, moduleIds, id, ['cohorts', c, 'moduleIds', i],
          `This cohort uses module "${id}", which is not in the plan's modules. Add the module or correct the id.`),
      ),
    );
  });
export type TrainingPlan = z.infer<typeof TrainingPlanSchema>;

export const PlanActivitySchema = z
  .strictObject({
    id: IdSchema,
    title: LabelSchema,
    description: TextSchema.optional(),
    year: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'The year is 1, 2 or 3 of the plan.' }),
    themeIds: z.array(ThemeIdSchema).min(1, { error: 'Link each activity to at least one theme.' }),
    principleIds: z.array(PrincipleIdSchema).default([]),
    owner: LabelSchema,
    start: IsoDateSchema,
    due: IsoDateSchema,
    status: WorkStatusSchema,
    /** Theory of Change nodes this activity serves; every id must exist in the workspace's ToCs. */
    tocNodeIds: z.array(IdSchema).default([]),
  })
  .superRefine((a, ctx) => checkDateOrder(ctx, a.start, a.due, ['due'], 'The due date is before the start date: check both dates.'));
export type PlanActivity = z.infer<typeof PlanActivitySchema>;

/** The three-year TI Practice implementation plan. */
export const ImplementationPlanSchema = z
  .strictObject({
    id: IdSchema,
    pathfinderId: IdSchema,
    title: LabelSchema,
    startDate: IsoDateSchema,
    years: z
      .array(z.strictObject({ year: z.union([z.literal(1), z.literal(2), z.literal(3)]), focus: TextSchema }))
      .length(3, { error: 'The plan covers three years: describe the focus of each year.' }),
    activities: z.array(PlanActivitySchema),
  })
  .superRefine((plan, ctx) => {
    duplicateIds(ctx, plan.activities, ['activities'], 'another activity');
    plan.years.forEach((y, i) => {
      if (y.year !== i + 1)
        ctx.addIssue({ code: 'custom', path: ['years', i, 'year'], message: `List the years in order: this should be year ${i + 1}.` });
    });
    const end = addYears(plan.startDate, 3);
    plan.activities.forEach((a, i) => {
      if (a.start < plan.startDate)
        ctx.addIssue({ code: 'custom', path: ['activities', i, 'start'], params: { code: 'date-order' }, message: `This activity starts before the plan does (${plan.startDate}).` });
      if (a.due > end)
        ctx.addIssue({ code: 'custom', path: ['activities', i, 'due'], params: { code: 'date-order' }, message: `This activity is due after the plan's three years end (${end}). Move it into the plan or into the next plan.` });
    });
  });
export type ImplementationPlan = z.infer<typeof ImplementationPlanSchema>;

function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-');
  return `${String(Number(y) + years).padStart(4, '0')}-${m}-${d}`;
}

/** A member of staff's own wellbeing plan. It stays on their device unless they export it. */
export const WellbeingPlanSchema = z.strictObject({
  id: IdSchema,
  /** Pseudonymous: the person chooses what, if anything, identifies them. */
  ownerId: IdSchema,
  createdOn: IsoDateSchema,
  reviewOn: IsoDateSchema.optional(),
  whatKeepsMeWell: z.array(TextSchema).default([]),
  earlySigns: z.array(TextSchema).default([]),
  whatHelps: z.array(TextSchema).default([]),
  stabilisationTechniques: z.array(TextSchema).default([]),
  whoCanHelp: z.array(z.strictObject({ name: LabelSchema, how: TextSchema })).default([]),
  supervision: TextSchema.optional(),
});
export type WellbeingPlan = z.infer<typeof WellbeingPlanSchema>;

export const PolicyReviewSchema = z
  .strictObject({
    id: IdSchema,
    pathfinderId: IdSchema,
    policy: LabelSchema,
    owner: LabelSchema,
    area: z.enum(['hr-and-recruitment', 'wellbeing-strategy', 'service-plan', 'trauma-screening', 'triage-and-access', 'information-sharing', 'other']),
    themeIds: z.array(ThemeIdSchema).default([]),
    status: z.enum(['planned', 'in-review', 'changes-agreed', 'embedded']),
    startedOn: IsoDateSchema.optional(),
    dueOn: IsoDateSchema.optional(),
    findings: z.array(z.strictObject({ principleId: PrincipleIdSchema, note: TextSchema })).default([]),
  })
  .superRefine((r, ctx) => checkDateOrder(ctx, r.startedOn, r.dueOn, ['dueOn'], 'The due date is before the start date: check both dates.'));
export type PolicyReview = z.infer<typeof PolicyReviewSchema>;

export const PartnerCollaborationSchema = z.strictObject({
  id: IdSchema,
  pathfinderId: IdSchema,
  partner: LabelSchema,
  partnerKind: z.enum(['community-mental-health-team', 'prison', 'primary-care', 'housing', 'third-sector', 'police', 'other']),
  focus: z.array(LabelSchema).min(1, { error: 'Say what the collaboration is about.' }),
  status: WorkStatusSchema,
  challenges: z.array(TextSchema).default([]),
  agreements: z.array(TextSchema).default([]),
});
export type PartnerCollaboration = z.infer<typeof PartnerCollaborationSchema>;
