export { SupportSignpost } from './SupportSignpost';
export type { SupportSignpostProps, SupportContact } from './SupportSignpost';
