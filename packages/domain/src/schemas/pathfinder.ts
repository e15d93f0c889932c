import { z } from 'zod/v4';
import { checkDateOrder } from './checks';
import { IdSchema, IsoDateSchema, LabelSchema, TextSchema, CountSchema } from './primitives';

export const SERVICE_KINDS = [
  'nhs-addictions-service',
  'alcohol-and-drug-partnership',
  'third-sector-service',
  'recovery-community',
  'residential-rehabilitation',
  'other',
] as const;

export const ServiceSchema = z.strictObject({
  id: IdSchema,
  pathfinderId: IdSchema,
  name: LabelSchema,
  kind: z.enum(SERVICE_KINDS),
  description: TextSchema.optional(),
  /** Partner organisations the service works with day to day (CMHTs, prisons, GPs…). */
  partners: z.array(LabelSchema).default([]),
});
export type Service = z.infer<typeof ServiceSchema>;

export const PathfinderSchema = z
  .strictObject({
    id: IdSchema,
    name: LabelSchema,
    /** The area, such as a health board or council area. */
    area: LabelSchema,
    startDate: IsoDateSchema,
    endDate: IsoDateSchema.optional(),
    /** Days of dedicated specialist support (the pathfinders had about 40 across two areas). */
    supportDays: CountSchema.max(1000).optional(),
    currentPhase: z.enum(['understand', 'plan', 'implement']),
    serviceIds: z.array(IdSchema).min(1, { error: 'A pathfinder needs at least one service.' }),
  })
  .superRefine((p, ctx) => checkDateOrder(ctx, p.startDate, p.endDate, ['endDate']));
export type Pathfinder = z.infer<typeof PathfinderSchema>;
