export { SummaryList, CheckAnswers, NOT_ANSWERED } from './SummaryList';
export type { SummaryListProps, SummaryRow, SummaryAction, CheckAnswersProps, CheckAnswersSection } from './SummaryList';
