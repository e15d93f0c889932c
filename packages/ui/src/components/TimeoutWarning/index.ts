export { TimeoutWarning, formatRemaining, TIMEOUT_ANNOUNCE_EVERY } from './TimeoutWarning';
export type { TimeoutWarningProps } from './TimeoutWarning';
