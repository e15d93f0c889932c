import { z } from 'zod';
import { IdSchema, LabelSchema, NesLevelIdSchema, TextSchema, TrainingModuleSchema } from '@nttp/domain';
import { defineInstrument } from '../instrument/define';
import type { Instrument, InstrumentSpec } from '../instrument/spec';
import { fromZod, issue, InstrumentError, type AssessmentIssue } from '../errors';

/**
 * A module of the plan (the @nttp/domain `TrainingModule`, with `moduleId` for its id) and the TNA
 * item that records whether a person has completed it (1 yes, 0 no). Everyone required at the
 * module's level or above needs it.
 */
export const TrainingModuleRuleSchema = TrainingModuleSchema.omit({ id: true }).extend({ itemId: IdSchema, moduleId: IdSchema });
export type TrainingModuleRule = z.infer<typeof TrainingModuleRuleSchema>;

export const TrainingNeedsRulesSchema = z.strictObject({
  /** Job role → the NES level the role needs (levels are cumulative). */
  roles: z.array(z.strictObject({ role: LabelSchema, level: NesLevelIdSchema, why: TextSchema })).min(1),
  /** The level assumed for someone who did not give a role (shown as an assumption in the plan). */
  levelWhenRoleNotGiven: NesLevelIdSchema,
  modules: z.array(TrainingModuleRuleSchema).min(1),
  /** The scale holding the confidence items. */
  confidenceScaleId: IdSchema,
  /** Below this mean confidence, a cohort gets coaching as well as cohort time and peer support. */
  lowConfidenceBelow: z.number().finite(),
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
  if (!instrument.scales.some((s) => s.id === r.confidenceScaleId))
    issues.push(issue(['confidenceScaleId'], 'unknown-scale', `There is no scale "${r.confidenceScaleId}" in ${instrument.title}.`));
  const seen = new Set<string>();
  r.roles.forEach((role, i) => {
    if (seen.has(role.role)) issues.push(issue(['roles', i, 'role'], 'duplicate-role', `The role "${role.role}" is listed twice: keep one entry per role.`));
    seen.add(role.role);
  });
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

export const trainingNeedsAnalysisSpec: InstrumentSpec = {
  id: 'nttp-training-needs-analysis',
  version: '1.0.0',
  title: 'NTTP training needs analysis',
  description:
    'Asks staff how confident they feel and which trauma training they have completed, so training can be planned at the NES level each role needs.',
  responseScales: [
    {
      id: 'confidence',
      min: 1,
      max: 5,
      labels: [
        { value: 1, label: 'Not at all confident' },
        { value: 2, label: 'Slightly confident' },
        { value: 3, label: 'Moderately confident' },
        { value: 4, label: 'Very confident' },
        { value: 5, label: 'Extremely confident' },
      ],
    },
    { id: 'completed', min: 0, max: 1, labels: [{ value: 0, label: 'Not yet' }, { value: 1, label: 'Yes, completed' }] },
  ],
  items: [
    { id: 'confidence-1', text: 'How confident do you feel recognising when trauma may be part of a person’s story?', theme: 'workforce-knowledge', principles: ['safety'], responseScale: 'confidence' },
    { id: 'confidence-2', text: 'How confident do you feel responding to someone in distress in a way that helps them feel safe?', theme: 'workforce-knowledge', principles: ['safety', 'trust'], responseScale: 'confidence' },
    { id: 'confidence-3', text: 'How confident do you feel offering people real choices about their care?', theme: 'workforce-knowledge', principles: ['choice', 'empowerment'], responseScale: 'confidence' },
    { id: 'confidence-4', text: 'How confident do you feel looking after your own wellbeing in this work?', theme: 'workforce-knowledge', principles: ['empowerment'], responseScale: 'confidence' },
    { id: 'completed-informed', text: 'Have you completed NES trauma-informed training (level 1)?', responseScale: 'completed' },
    { id: 'completed-skilled', text: 'Have you completed NES trauma-skilled training (level 2)?', responseScale: 'completed' },
    { id: 'completed-substances-e-module', text: 'Have you completed the NTTP e-module on understanding the use of substances to cope with the impact of trauma?', responseScale: 'completed' },
    { id: 'completed-enhanced', text: 'Have you completed trauma-enhanced training (level 3)?', responseScale: 'completed' },
  ],
  scales: [
    { id: 'confidence', title: 'Confidence', description: 'Self-rated confidence in trauma-informed practice.', itemIds: ['confidence-1', 'confidence-2', 'confidence-3', 'confidence-4'], minCompletion: 0.75 },
    {
      id: 'completed-training',
      title: 'Completed training',
      description: 'The share of the listed trainings the person has completed.',
      itemIds: ['completed-informed', 'completed-skilled', 'completed-substances-e-module', 'completed-enhanced'],
      inOverall: false,
      minCompletion: 1,
      bands: [],
    },
  ],
  minCompletion: 0.75,
  bands: [
    { id: 'low', label: 'Low confidence', from: 1, to: 2.5, description: 'A mean below 2.5 sits nearer "slightly" than "moderately" confident: coaching alongside training is likely to help.' },
    { id: 'moderate', label: 'Moderate confidence', from: 2.5, to: 3.5, description: 'A mean from 2.5 up to 3.5 sits around "moderately confident".' },
    { id: 'high', label: 'High confidence', from: 3.5, to: 5, description: 'A mean of 3.5 or more sits nearer "very" or "extremely" confident.' },
  ],
};

/** The NTTP training needs analysis, version 1.0.0, with its role and module rules. */
export const trainingNeedsAnalysis: TrainingNeedsAnalysis = defineTrainingNeeds(defineInstrument(trainingNeedsAnalysisSpec), {
  roles: [
    { role: 'Recovery worker', level: 'skilled', why: 'Works directly and often with people affected by trauma.' },
    { role: 'Addictions nurse', level: 'skilled', why: 'Works directly and often with people affected by trauma.' },
    { role: 'Peer support worker', level: 'skilled', why: 'Works directly with people affected by trauma, often drawing on lived experience.' },
    { role: 'Administrator', level: 'informed', why: 'Everyone in the workforce needs the informed level; reception and admin staff are often the first contact.' },
    { role: 'Team leader', level: 'enhanced', why: 'Manages a service for people affected by trauma and supports the team’s practice.' },
    { role: 'Clinical psychologist', level: 'specialist', why: 'Offers specialist psychological therapy and supervision.' },
  ],
  levelWhenRoleNotGiven: 'skilled',
  modules: [
    { itemId: 'completed-informed', moduleId: 'mod-informed', title: 'Trauma-informed practice (NES level 1)', level: 'informed', format: 'e-module', provider: 'NES', hours: 1 },
    { itemId: 'completed-substances-e-module', moduleId: 'mod-substances', title: 'Understanding the use of substances to cope with the impact of trauma', level: 'skilled', format: 'e-module', provider: 'NTTP', hours: 1.5 },
    { itemId: 'completed-skilled', moduleId: 'mod-skilled', title: 'Trauma skilled practice (NES level 2)', level: 'skilled', format: 'workshop', provider: 'NES', hours: 6 },
    { itemId: 'completed-enhanced', moduleId: 'mod-enhanced', title: 'Trauma enhanced practice (NES level 3)', level: 'enhanced', format: 'workshop', provider: 'NES', hours: 12 },
  ],
  confidenceScaleId: 'confidence',
  lowConfidenceBelow: 3,
});
