export { LikertScale, AGREEMENT_LABELS } from './LikertScale';
export type { LikertScaleProps, LikertAnswer } from './LikertScale';
