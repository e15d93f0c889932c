import { z } from 'zod/v4';
import { IdSchema, LabelSchema, TextSchema } from '@nttp/domain';

/** A number written as data: finite, never NaN or Infinity. */
const Finite = z.number({ error: 'Expected a number here.' }).finite({ error: 'Expected an ordinary number here.' });

export const VersionSchema = z
  .string({ error: 'Write the version as three numbers, like 1.0.0.' })
  .regex(/^\d+\.\d+\.\d+$/, { error: 'Write the version as three numbers, like 1.0.0.' });

export const ScaleLabelSchema = z.strictObject({ value: Finite, label: LabelSchema });

/**
 * A response scale: the numbers people can choose and what each means. `min` and `max` give its
 * range; a scale without a range (such as a count) accepts any number but cannot be reverse keyed.
 */
export const ResponseScaleSchema = z.strictObject({
  id: IdSchema,
  min: Finite.optional(),
  max: Finite.optional(),
  /** The distance between neighbouring points, 1 unless given. */
  step: z.number().positive({ error: 'The step between points is a positive number, like 1.' }).default(1),
  labels: z.array(ScaleLabelSchema).default([]),
});
export type ResponseScale = z.infer<typeof ResponseScaleSchema>;

const Code = z.union([z.string().min(1), Finite], { error: 'A code is a word such as "dont-know" or a number such as 9.' });

/**
 * How answers that are not a point on the scale are written. They are kept apart and never scored:
 * *not applicable* leaves the item out of the count, *don't know* and *skipped* count as missing.
 */
export const MissingCodesSchema = z
  .strictObject({
    notApplicable: z.array(Code).default(['not-applicable']),
    dontKnow: z.array(Code).default(['dont-know']),
    skipped: z.array(Code).default(['skipped']),
  })
  .default({ notApplicable: ['not-applicable'], dontKnow: ['dont-know'], skipped: ['skipped'] });

/**
 * A band: a named range of scores with the reason for its cut-points. Bands run from `from` up to (not
 * including) `to`; the top band includes its `to`.
 */
export const BandSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  from: Finite,
  to: Finite,
  /** Why the cut-points sit where they do, in plain words: shown beside every banded score. */
  description: TextSchema,
});
export type Band = z.infer<typeof BandSchema>;

const Completion = z
  .number({ error: 'Minimum completion is a share from 0 to 1, like 0.8 for 80%.' })
  .min(0, { error: 'Minimum completion is a share from 0 to 1, like 0.8 for 80%.' })
  .max(1, { error: 'Minimum completion is a share from 0 to 1, like 0.8 for 80%.' });

const MinItems = z
  .number({ error: 'The minimum number of answered items is a whole number, like 2.' })
  .int({ error: 'The minimum number of answered items is a whole number, like 2.' })
  .min(1, { error: 'The minimum number of answered items is at least 1.' });

export const ItemSchema = z.strictObject({
  id: IdSchema,
  text: TextSchema,
  /** One of the nine NTTP theme ids, where the item belongs to a theme. */
  theme: z.string().optional(),
  /** The principles the item reflects (safety, trust, choice, collaboration, empowerment). */
  principles: z.array(z.string()).default([]),
  /** The response scale the item uses; the first scale when not given. */
  responseScale: IdSchema.optional(),
  /** Reverse keyed: a high answer means less of what the scale measures (scored as max + min − answer). */
  reverse: z.boolean().default(false),
  /** How much the item counts in a weighted mean, 1 unless given. */
  weight: z.number().positive({ error: 'A weight is a positive number, like 1 or 2.' }).finite().default(1),
  /**
   * Who can answer the statement, as ids of the instrument's `audiences` (such as `leaders`); empty
   * (the default) means everyone. A form shows each person the statements for them (`itemsFor`) and
   * records the others as not applicable (`answersNotAsked`), so scores are over what applies.
   */
  audience: z.array(IdSchema).default([]),
});
export type Item = z.infer<typeof ItemSchema>;

export const ScaleSchema = z.strictObject({
  id: IdSchema,
  title: LabelSchema,
  description: TextSchema.optional(),
  itemIds: z.array(IdSchema).min(1, { error: 'A scale needs at least one item.' }),
  /**
   * The share of applicable items to be answered before a score is shown, rounded down to whole
   * items (0.8 of 4 items is 3).
   */
  minCompletion: Completion.optional(),
  /** The fewest answered items that give a score, however many are not applicable (capped at the scale's size). */
  minItems: MinItems.optional(),
  bands: z.array(BandSchema).optional(),
  /** Whether the scale's items count towards the overall score (default true). */
  inOverall: z.boolean().default(true),
});
export type Scale = z.infer<typeof ScaleSchema>;

/** A group of people some statements are for (see the item's `audience`). */
export const AudienceSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  /** Who belongs to it, in plain words, so a form can route each person. */
  description: TextSchema,
});
export type Audience = z.infer<typeof AudienceSchema>;

export const InstrumentSpecSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  title: LabelSchema,
  description: TextSchema.optional(),
  responseScales: z.array(ResponseScaleSchema).min(1, { error: 'Describe at least one response scale.' }),
  missingCodes: MissingCodesSchema,
  items: z.array(ItemSchema).min(1, { error: 'An instrument needs at least one item.' }),
  scales: z.array(ScaleSchema).min(1, { error: 'Group the items into at least one scale.' }),
  /**
   * Default minimum completion for the overall, theme, principle and matrix scores and for scales:
   * the share of the items that apply, rounded down to whole items (0.8 of 4 items is 3, of 10 is 8).
   */
  minCompletion: Completion.default(0.8),
  /**
   * Default fewest answered items for a score (2): not applicable answers shrink the share's
   * denominator but never this floor, so 1 answer among 4 items (3 not applicable) gives no score.
   * A unit with fewer items than this needs all of them.
   */
  minItems: MinItems.default(2),
  /** Default bands for the overall, theme and principle scores and for scales without their own. */
  bands: z.array(BandSchema).default([]),
  /** The groups of people that items can be routed to (see the item's `audience`). */
  audiences: z.array(AudienceSchema).default([]),
  /** Whether *not applicable* leaves an item out of the count (`exclude`, the default) or counts as missing. */
  notApplicable: z.enum(['exclude', 'count-as-missing'], { error: 'Use "exclude" or "count-as-missing".' }).default('exclude'),
});

/** An instrument as written: the input to `defineInstrument`. */
export type InstrumentSpec = z.input<typeof InstrumentSpecSchema>;
/** An instrument after `defineInstrument`: every default filled in, checked and frozen. */
export type Instrument = z.infer<typeof InstrumentSpecSchema>;
