export { Stack } from './Stack';
export type { StackProps, SpaceStep } from './Stack';
