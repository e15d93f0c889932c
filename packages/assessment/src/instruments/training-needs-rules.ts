import { z } from 'zod/v4';
import { IdSchema, LabelSchema, NesLevelIdSchema, TextSchema, TrainingModuleSchema } from '@nttp/domain';
import { defineInstrument } from '../instrument/define';
import type { Instrument, InstrumentSpec } from '../instrument/spec';
import { fromZod, issue, InstrumentError, type AssessmentIssue } from '../errors';

/**
 * A module of the plan (the @nttp/domain `TrainingModule`, with `moduleId` for its id) and the TNA
 * item that records whether a person has completed it (1 yes, 0 no). Everyone required at the
 * module's level or above needs it.
 */
export const TrainingModuleRuleSchema = TrainingModuleSchema.omit({ id: true }).extend({
  itemId: IdSchema,
  moduleId: IdSchema,
  /**
   * When given, only people in these roles need the module, whatever their level (such as a
   * leadership module for team leaders and managers); it is taught in a cohort of its own.
   */
  forRoles: z.array(LabelSchema).optional(),
});
export type TrainingModuleRule = z.infer<typeof TrainingModuleRuleSchema>;

export const TrainingNeedsRulesSchema = z.strictObject({
  /** Job role → the NES level the role needs (levels are cumulative). */
  roles: z
    .array(
      z.strictObject({
        role: LabelSchema,
        level: NesLevelIdSchema,
        why: TextSchema,
        /**
         * The level the role needs when the person has regular direct contact with the people the
         * service supports (answered on `contactItemId`): an administrator on reception, say.
         */
        levelWithRegularContact: NesLevelIdSchema.optional(),
      }),
    )
    .min(1),
  /** The level assumed for someone who did not give a role (shown as an assumption in the plan). */
  levelWhenRoleNotGiven: NesLevelIdSchema,
  modules: z.array(TrainingModuleRuleSchema).min(1),
  /** The scale holding the confidence items. */
  confidenceScaleId: IdSchema,
  /** Below this mean confidence, a cohort gets coaching as well as cohort time and peer support. */
  lowConfidenceBelow: z.number().finite(),
  /**
   * The item asking how often the person has direct contact with the people the service supports
   * (0 rarely or never; 1 or more regularly), read for roles with `levelWithRegularContact`.
   */
  contactItemId: IdSchema.optional(),
});
export type TrainingNeedsRules = z.infer<typeof TrainingNeedsRulesSchema>;

/** A training needs analysis: the instrument people answer, and the rules that turn answers into needs. */
export interface TrainingNeedsAnalysis extends TrainingNeedsRules {
  instrument: Instrument;
}

/**
 * Checks the rules of a training needs analysis against its instrument: each module's item must be
 * an item of the instrument on a 0–1 scale, and the confidence scale must exist.
 */
export function defineTrainingNeeds(spec: Instrument | InstrumentSpec, rules: z.input<typeof TrainingNeedsRulesSchema>): TrainingNeedsAnalysis {
  const instrument = defineInstrument(spec as InstrumentSpec);
  const parsed = TrainingNeedsRulesSchema.safeParse(rules);
  if (!parsed.success) throw new InstrumentError(fromZod(parsed.error));
  const r = parsed.data;
  const issues: AssessmentIssue[] = [];
  const items = new Map(instrument.items.map((item) => [item.id, item]));
  const scales = new Map(instrument.responseScales.map((s) => [s.id, s]));
  r.modules.forEach((m, i) => {
    const item = items.get(m.itemId);
    if (!item) issues.push(issue(['modules', i, 'itemId'], 'unknown-item', `There is no item "${m.itemId}" in ${instrument.title} to record this module. Add it or correct the id.`));
    else {
      const rs = scales.get(item.responseScale ?? instrument.responseScales[0]!.id);
      if (rs?.min !== 0 || rs.max !== 1) issues.push(issue(['modules', i, 'itemId'], 'not-yes-no', `The item "${m.itemId}" needs a 0–1 (no / yes) response scale to record a completed module.`));
    }
  });
  if (r.contactItemId !== undefined && !items.has(r.contactItemId))
    issues.push(issue(['contactItemId'], 'unknown-item', `There is no item "${r.contactItemId}" in ${instrument.title} to ask about contact with people. Add it or correct the id.`));
  if (!instrument.scales.some((s) => s.id === r.confidenceScaleId))
    issues.push(issue(['confidenceScaleId'], 'unknown-scale', `There is no scale "${r.confidenceScaleId}" in ${instrument.title}.`));
  const seen = new Set<string>();
  r.roles.forEach((role, i) => {
    if (seen.has(role.role)) issues.push(issue(['roles', i, 'role'], 'duplicate-role', `The role "${role.role}" is listed twice: keep one entry per role.`));
    seen.add(role.role);
  });
  r.modules.forEach((m, i) =>
    m.forRoles?.forEach((role, k) => {
      if (!seen.has(role)) issues.push(issue(['modules', i, 'forRoles', k], 'unknown-role', `The module is for "${role}", which is not among the roles. Add the role, or correct the spelling.`));
    }),
  );
  if (issues.length) throw new InstrumentError(issues);
  const tna = Object.freeze({ ...r, instrument });
  checked.add(tna);
  return tna;
}

const checked = new WeakSet<object>();

/** Accepts a training needs analysis from `defineTrainingNeeds`, or checks one written by hand now. */
export function resolveTrainingNeeds(tna: unknown): TrainingNeedsAnalysis {
  if (typeof tna === 'object' && tna !== null && checked.has(tna)) return tna as TrainingNeedsAnalysis;
  if (typeof tna !== 'object' || tna === null || !('instrument' in tna))
    throw new InstrumentError([issue([], 'invalid_type', 'Expected a training needs analysis: { instrument, roles, levelWhenRoleNotGiven, modules, confidenceScaleId, lowConfidenceBelow }, such as trainingNeedsAnalysis.')]);
  const { instrument, ...rules } = tna as { instrument: unknown } & Record<string, unknown>;
  return defineTrainingNeeds(defineInstrument(instrument as InstrumentSpec), rules as z.input<typeof TrainingNeedsRulesSchema>);
}
