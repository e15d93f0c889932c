export { DataUseSummary, DATA_USE_QUESTIONS } from './DataUseSummary';
export type { DataUseSummaryProps } from './DataUseSummary';
