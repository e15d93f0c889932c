export { ErrorSummary, ERROR_SUMMARY_TITLE } from './ErrorSummary';
export type { ErrorSummaryProps, ErrorSummaryItem } from './ErrorSummary';
