import { z } from 'zod/v4';
import { IdSchema, IsoDateSchema, LabelSchema, TextSchema } from './primitives';
import { ThemeIdSchema } from './reference';

/**
 * The report's familiarisation discussion topics (phase 1, Annex A): what the pathfinder team talked about
 * with staff and partners to understand the service before planning.
 */
export const FAMILIARISATION_TOPICS = [
  { id: 'design-and-delivery', label: 'How the service is designed and delivered' },
  { id: 'current-culture', label: 'The current culture' },
  { id: 'relationships', label: 'Relationships within the team and with partners' },
  { id: 'perspectives-on-tip', label: 'Perspectives on trauma-informed practice' },
  { id: 'facilitators', label: 'What helps (facilitators)' },
  { id: 'barriers', label: 'What gets in the way (barriers)' },
  { id: 'documents-and-pathways', label: 'Service documents, policies and pathways' },
] as const;

export type FamiliarisationTopicId = (typeof FAMILIARISATION_TOPICS)[number]['id'];
export const FamiliarisationTopicIdSchema = z.enum(
  FAMILIARISATION_TOPICS.map((t) => t.id) as [FamiliarisationTopicId, ...FamiliarisationTopicId[]],
  { error: `Choose one of the discussion topics: ${FAMILIARISATION_TOPICS.map((t) => t.id).join(', ')}.` },
);

/** One note from a familiarisation conversation. Notes record what was said, never who said it. */
export const FamiliarisationNoteSchema = z.strictObject({
  id: IdSchema,
  topicId: FamiliarisationTopicIdSchema,
  /** Who the conversation was with, as a group ("nursing team", "GP partners"), not a person's name. */
  withWhom: LabelSchema.optional(),
  heldOn: IsoDateSchema.optional(),
  text: TextSchema,
  themeIds: z.array(ThemeIdSchema).default([]),
});
export type FamiliarisationNote = z.infer<typeof FamiliarisationNoteSchema>;

export const FamiliarisationSchema = z.strictObject({
  notes: z.array(FamiliarisationNoteSchema).default([]),
});
export type Familiarisation = z.infer<typeof FamiliarisationSchema>;

/** Text kept on the language check page until the person clears it. */
export const LanguageCheckDraftSchema = z.strictObject({
  text: z.string({ error: 'Expected the text to check.' }).max(200_000, { error: 'Please check at most 200,000 characters at a time.' }),
});
export type LanguageCheckDraft = z.infer<typeof LanguageCheckDraftSchema>;
