export { BreathingPacer, BREATHING_PACES } from './BreathingPacer';
export type { BreathingPacerProps, BreathPhase } from './BreathingPacer';
