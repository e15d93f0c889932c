export { ProgressSummary, progressOf, roundMinutes } from './ProgressSummary';
export type { ProgressSummaryProps, Progress } from './ProgressSummary';
