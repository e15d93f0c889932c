import { defineInstrument } from '../instrument/define';
import type { InstrumentSpec } from '../instrument/spec';
import { defineTrainingNeeds, type TrainingNeedsAnalysis } from './training-needs-rules';
import { trainingNeedsAnalysisV1Spec, trainingNeedsRulesV1 } from './training-needs-analysis-v1';

export {
  defineTrainingNeeds,
  resolveTrainingNeeds,
  TrainingModuleRuleSchema,
  TrainingNeedsRulesSchema,
  type TrainingModuleRule,
  type TrainingNeedsAnalysis,
  type TrainingNeedsRules,
} from './training-needs-rules';
export { trainingNeedsAnalysisV1, trainingNeedsAnalysisV1Spec } from './training-needs-analysis-v1';

/**
 * Version 1.1.0: 1.0.0 with two more questions, so the plan can follow two rules of the NES
 * framework: how often a person is in direct contact with the people the service supports (an
 * administrator on reception needs the skilled level, one in a back office the informed level), and
 * whether a leader has done leadership training.
 */
export const trainingNeedsAnalysisSpec: InstrumentSpec = {
  ...trainingNeedsAnalysisV1Spec,
  version: '1.1.0',
  responseScales: [
    ...trainingNeedsAnalysisV1Spec.responseScales,
    {
      id: 'contact',
      min: 0,
      max: 2,
      labels: [
        { value: 0, label: 'Rarely or never' },
        { value: 1, label: 'Most weeks' },
        { value: 2, label: 'Most days' },
      ],
    },
  ],
  items: [
    ...trainingNeedsAnalysisV1Spec.items,
    { id: 'completed-leadership', text: 'Have you completed trauma-informed leadership training?', responseScale: 'completed' },
    { id: 'contact-with-people', text: 'In your role, how often do you talk with the people our service supports, face to face or by phone?', responseScale: 'contact' },
  ],
  scales: [
    ...trainingNeedsAnalysisV1Spec.scales,
    { id: 'completed-leadership-training', title: 'Completed leadership training', itemIds: ['completed-leadership'], inOverall: false, minCompletion: 1, bands: [] },
    { id: 'contact', title: 'Contact with people', description: 'How often the person talks with the people the service supports.', itemIds: ['contact-with-people'], inOverall: false, bands: [] },
  ],
};

/** The NTTP training needs analysis, version 1.1.0, with its role and module rules. */
export const trainingNeedsAnalysis: TrainingNeedsAnalysis = defineTrainingNeeds(defineInstrument(trainingNeedsAnalysisSpec), {
  ...trainingNeedsRulesV1,
  roles: [
    ...trainingNeedsRulesV1.roles.map((r) =>
      r.role === 'Administrator'
        ? { ...r, why: 'Everyone in the workforce needs the informed level; an administrator who talks with the people we support most weeks (on reception, say) needs the skilled level.', levelWithRegularContact: 'skilled' as const }
        : r,
    ),
    { role: 'Service manager', level: 'enhanced', why: 'Leads a service for people affected by trauma: sets its culture, budgets and policies.' },
  ],
  modules: [
    ...trainingNeedsRulesV1.modules,
    {
      itemId: 'completed-leadership',
      moduleId: 'mod-leadership',
      title: 'Trauma-informed leadership',
      level: 'enhanced',
      format: 'workshop',
      provider: 'NES',
      hours: 6,
      forRoles: ['Team leader', 'Service manager'],
    },
  ],
  contactItemId: 'contact-with-people',
});

