export * from './psychometrics';
export { InstrumentError, ScoringError, type AssessmentIssue } from './errors';
export * from './instrument';
export { scoreResponse, type ResponseReport, type ScoreResponseOptions } from './scoring/response';
export { ResponseTableSchema, type ResponseTable } from './scoring/table';
export { scoreGroup, type GroupReport, type GroupStat, type GroupOptions, type ItemSummary, type ScaleDiagnostics, type ConsensusNote } from './scoring/group';
export { explainScore, explainGroupStat, explainChange } from './scoring/explain';
export type { Score, ItemAnswer, UnitRef, WithheldReason } from './scoring/unit-score';
export type { InstrumentStamp, InstrumentInput } from './scoring/instrument-ref';
export type { Summary } from './scoring/summary';
export {
  organisationalAssessment,
  organisationalAssessmentSpec,
  organisationalAssessmentV1,
  organisationalAssessmentV1Spec,
  organisationalAssessmentVersions,
  ORGANISATIONAL_BANDS,
} from './instruments/organisational-assessment';
export {
  trainingNeedsAnalysis,
  trainingNeedsAnalysisSpec,
  trainingNeedsAnalysisV1,
  trainingNeedsAnalysisV1Spec,
  defineTrainingNeeds,
  TrainingNeedsRulesSchema,
  type TrainingNeedsAnalysis,
  type TrainingNeedsRules,
  type TrainingModuleRule,
} from './instruments/training-needs-analysis';
export { planTraining, type PersonNeed, type TrainingPlanResult, type PlanTrainingOptions } from './instruments/plan-training';
export { compareRounds, type CompareReport, type CompareOptions, type Change, type ChangeVerdict, type RoundSummary } from './scoring/compare';
export type { MeanDifference } from './scoring/mean-difference';
export { compareResponses, type PersonChange, type PersonChangeReport, type PersonChangeOptions } from './scoring/person-change';
export { createDisclosureLedger, DisclosureLedger, type DisclosureLedgerOptions } from './scoring/disclosure';
export type { NewStarterStep } from './instruments/plan-cohorts';
export { scoreSubgroups, type Subgroup, type SubgroupReport, type SubgroupOptions } from './scoring/suppression';
