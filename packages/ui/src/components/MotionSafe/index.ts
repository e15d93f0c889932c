export { MotionSafe, usePrefersReducedMotion, REDUCED_MOTION_QUERY } from './MotionSafe';
export type { MotionSafeProps } from './MotionSafe';
