import { z } from 'zod/v4';
import { IdSchema, IsoDateSchema, LabelSchema, TextSchema, CountSchema } from './primitives';
import { ThemeIdSchema } from './reference';
import { PrincipleIdSchema } from './reference';
import { checkReference, duplicateIds } from './checks';

/** A fictional person whose journey staff trace through the service at a lens event. */
export const VignetteSchema = z.strictObject({
  id: IdSchema,
  title: LabelSchema,
  summary: TextSchema,
  /** What brings the person to the service, in their words where possible. */
  substances: z.array(LabelSchema).default([]),
  vulnerabilities: z.array(LabelSchema).default([]),
  risk: z.enum(['low', 'moderate', 'high']),
  /** Vignettes are always fictional: real people's stories never go here. */
  fictional: z.literal(true, { error: 'Vignettes must be fictional: set "fictional" to true.' }),
});
export type Vignette = z.infer<typeof VignetteSchema>;

const NoteSchema = z.strictObject({
  id: IdSchema,
  description: TextSchema,
  themeIds: z.array(ThemeIdSchema).default([]),
  principleIds: z.array(PrincipleIdSchema).default([]),
});

export const JourneyStageSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  touchpoints: z.array(z.strictObject({ id: IdSchema, description: TextSchema, who: LabelSchema.optional() })),
  barriers: z.array(NoteSchema).default([]),
  positivePractice: z.array(NoteSchema).default([]),
});

export const JourneyMapSchema = z
  .strictObject({
    id: IdSchema,
    title: LabelSchema,
    serviceId: IdSchema,
    vignetteId: IdSchema.optional(),
    stages: z.array(JourneyStageSchema).min(1, { error: 'A journey map needs at least one stage.' }),
    priorities: z.array(
      z.strictObject({
        id: IdSchema,
        description: TextSchema,
        rank: z.number().int().min(1),
        themeIds: z.array(ThemeIdSchema).min(1, { error: 'Link each priority to at least one theme.' }),
      }),
    ),
  })
  .superRefine((map, ctx) => {
    duplicateIds(ctx, map.stages, ['stages']);
    const notes = map.stages.flatMap((s) => [...s.touchpoints, ...s.barriers, ...s.positivePractice]);
    duplicateIds(ctx, notes, ['stages'], 'a touchpoint, barrier or positive practice note');
    duplicateIds(ctx, map.priorities, ['priorities']);
  });
export type JourneyMap = z.infer<typeof JourneyMapSchema>;

export const LensEventSchema = z
  .strictObject({
    id: IdSchema,
    pathfinderId: IdSchema,
    title: LabelSchema,
    date: IsoDateSchema,
    durationHours: z.number().positive().max(24).optional(),
    facilitators: z.array(LabelSchema).default([]),
    attendance: z.strictObject({ staff: CountSchema, partners: CountSchema, livedExperience: CountSchema }),
    /** Emotional support spaces offered on the day, for anyone who needs them. */
    emotionalSupport: z.array(LabelSchema).default([]),
    groups: z.array(z.strictObject({ id: IdSchema, name: LabelSchema, vignetteIds: z.array(IdSchema) })).default([]),
    vignettes: z.array(VignetteSchema).default([]),
    journeyMaps: z.array(JourneyMapSchema).default([]),
    outputs: z.array(LabelSchema).default([]),
  })
  .superRefine((event, ctx) => {
    duplicateIds(ctx, event.vignettes, ['vignettes']);
    duplicateIds(ctx, event.journeyMaps, ['journeyMaps']);
    const vignetteIds = new Set(event.vignettes.map((v) => v.id));
    event.groups.forEach((group, g) =>
      group.vignetteIds.forEach((id, i) =>
        checkReference(ctx, vignetteIds, id, ['groups', g, 'vignetteIds', i],
          `This group uses vignette "${id}", which is not in this event's vignettes. Add the vignette or correct the id.`),
      ),
    );
    event.journeyMaps.forEach((map, m) => {
      if (map.vignetteId)
        checkReference(ctx, vignetteIds, map.vignetteId, ['journeyMaps', m, 'vignetteId'],
          `This journey map follows vignette "${map.vignetteId}", which is not in this event's vignettes. Add the vignette or correct the id.`);
    });
  });
export type LensEvent = z.infer<typeof LensEventSchema>;
