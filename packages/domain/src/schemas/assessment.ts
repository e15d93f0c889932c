import { z } from 'zod/v4';
import { IdSchema, IsoDateSchema, LabelSchema, idRecord } from './primitives';
import { ThemeIdSchema } from './reference';
import { checkDateOrder } from './checks';

/** Answers that are not a point on the scale, kept apart so they are never scored as one. */
export const NON_SCALE_ANSWERS = ['not-applicable', 'dont-know', 'skipped'] as const;
export const NonScaleAnswerSchema = z.enum(NON_SCALE_ANSWERS);
export type NonScaleAnswer = z.infer<typeof NonScaleAnswerSchema>;

/**
 * A number on the instrument's scale, a missing-answer code, or `null` for no answer recorded. The
 * codes are the three above or any the instrument lists (such as "DK" or "N/A"): which codes an
 * instrument uses is for the instrument to say, so the scorer judges them, not this schema.
 */
export const AnswerSchema = z.union([z.number().finite(), NonScaleAnswerSchema, z.string().trim().min(1).max(100), z.null()], {
  error: 'Expected a number on the scale, a missing-answer code such as "not-applicable" or "DK" (up to 100 characters), or null.',
});
export type Answer = number | NonScaleAnswer | (string & {}) | null;

/** One person's answers in one round. Respondents are pseudonymous: no names. */
export const ResponseSchema = z.strictObject({
  id: IdSchema,
  roundId: IdSchema,
  respondentId: IdSchema,
  /** Job role, where the person chose to give it (optional in the TNA). */
  role: LabelSchema.optional(),
  submittedOn: IsoDateSchema,
  answers: idRecord(AnswerSchema),
});
export type Response = z.infer<typeof ResponseSchema>;

export const AssessmentRoundSchema = z
  .strictObject({
    id: IdSchema,
    pathfinderId: IdSchema,
    serviceId: IdSchema.optional(),
    label: LabelSchema,
    kind: z.enum(['baseline', 'follow-up', 'training-needs']),
    instrumentId: IdSchema,
    instrumentVersion: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'Write the instrument version as three numbers, like 1.0.0.' }),
    openedOn: IsoDateSchema,
    closedOn: IsoDateSchema.optional(),
    /** Ratings the group agreed in discussion, per theme, recorded beside the computed scores. */
    consensusRatings: z.array(z.strictObject({ themeId: ThemeIdSchema, rating: z.number().finite(), note: z.string().optional() })).default([]),
  })
  .superRefine((round, ctx) => checkDateOrder(ctx, round.openedOn, round.closedOn, ['closedOn'], 'The closing date is before the opening date: check both dates.'));
export type AssessmentRound = z.infer<typeof AssessmentRoundSchema>;
