export { OptionalAnswer } from './OptionalAnswer';
export type { OptionalAnswerProps } from './OptionalAnswer';
