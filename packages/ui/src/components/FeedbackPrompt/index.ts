export { FeedbackPrompt } from './FeedbackPrompt';
export type { FeedbackPromptProps } from './FeedbackPrompt';
