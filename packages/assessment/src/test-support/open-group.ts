import type { InstrumentInput } from '../scoring/instrument-ref';
import { scoreGroup as guardedScoreGroup, type GroupOptions, type GroupReport } from '../scoring/group';

/**
 * scoreGroup with disclosure control off (a minimum cell size of 1), for tests of the statistics
 * themselves on small groups; suppression.test.ts and disclosure.test.ts test the control.
 */
export function scoreGroup(instrument: InstrumentInput, responses: unknown, options: GroupOptions = {}): GroupReport {
  return guardedScoreGroup(instrument, responses, { minCellSize: 1, ...options });
}
