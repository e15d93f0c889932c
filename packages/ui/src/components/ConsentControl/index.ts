export { ConsentControl } from './ConsentControl';
export type { ConsentControlProps, ConsentPurpose, ConsentChoices, ConsentChange } from './ConsentControl';
