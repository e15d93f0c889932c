export { PauseAndReturn } from './PauseAndReturn';
export type { PauseAndReturnProps } from './PauseAndReturn';
