import type { z } from 'zod/v4';
import { defineInstrument } from '../instrument/define';
import type { InstrumentSpec } from '../instrument/spec';
import { defineTrainingNeeds, type TrainingNeedsAnalysis, type TrainingNeedsRulesSchema } from './training-needs-rules';

export const trainingNeedsAnalysisV1Spec: InstrumentSpec = {
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

/** The rules of version 1.0.0 (version 1.1.0 builds on them). */
export const trainingNeedsRulesV1 = {
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
} satisfies z.input<typeof TrainingNeedsRulesSchema>;

/** The NTTP training needs analysis, version 1.0.0, kept so rounds answered with it are planned as they were. */
export const trainingNeedsAnalysisV1: TrainingNeedsAnalysis = defineTrainingNeeds(defineInstrument(trainingNeedsAnalysisV1Spec), trainingNeedsRulesV1);
