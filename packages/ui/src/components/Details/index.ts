export { Details } from './Details';
export type { DetailsProps } from './Details';
