// zod mini, so that importing one statistic does not bring all of zod along (see test/size.test.ts).
import * as z from 'zod/v4-mini';
import { parseOrThrow } from '../errors';

export const RciInputSchema = z.strictObject({
  before: z.number({ error: 'Give the score before, as a number.' }),
  after: z.number({ error: 'Give the score after, as a number.' }),
  /** Standard deviation of the measure, usually at baseline. */
  sd: z.number({ error: 'Give the standard deviation, as a number.' }).check(z.gt(0, { error: 'The standard deviation needs to be above 0.' })),
  /** Reliability of the measure (such as Cronbach's alpha), from 0 up to, but not including, 1. */
  reliability: z
    .number({ error: 'Give the reliability, as a number.' })
    .check(z.gte(0, { error: 'The reliability is from 0 up to (not including) 1.' }), z.lt(1, { error: 'The reliability is from 0 up to (not including) 1: with perfect reliability every change would count as real.' })),
  /** The |RCI| above which change is called reliable: 1.96 for 95% (Jacobson & Truax, 1991). */
  threshold: z._default(z.number().check(z.gt(0)), 1.96),
});
export type RciInput = z.input<typeof RciInputSchema>;

export interface RciResult {
  change: number;
  rci: number;
  /** Standard error of the difference: SD · √2 · √(1 − reliability). */
  seDiff: number;
  threshold: number;
  /** Whether the change is beyond measurement noise. */
  reliable: boolean;
  direction: 'up' | 'down' | 'no reliable change';
}

/** Jacobson & Truax's (1991) reliable change index: (after − before) / (SD · √2 · √(1 − r)). */
export function reliableChangeIndex(input: RciInput): RciResult {
  const { before, after, sd, reliability, threshold } = parseOrThrow(RciInputSchema, input, 'reliable change input');
  const seDiff = Math.sqrt(2) * sd * Math.sqrt(1 - reliability);
  const change = after - before;
  const rci = change / seDiff;
  const reliable = Math.abs(rci) > threshold;
  return { change, rci, seDiff, threshold, reliable, direction: reliable ? (rci > 0 ? 'up' : 'down') : 'no reliable change' };
}
