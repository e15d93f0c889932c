export { Dialog, focusableIn } from './Dialog';
export type { DialogProps } from './Dialog';
