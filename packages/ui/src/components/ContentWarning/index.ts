export { ContentWarning } from './ContentWarning';
export type { ContentWarningProps } from './ContentWarning';
