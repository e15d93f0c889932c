import { z } from 'zod/v4';
import { IdSchema, LabelSchema, TextSchema } from './primitives';
import { TOC_NODE_KINDS } from '../reference/toc-stages';
import { ThemeIdSchema } from './reference';

export const TocNodeKindSchema = z.enum(TOC_NODE_KINDS, {
  error: () => `Use one of these kinds: ${TOC_NODE_KINDS.join(', ')}.`,
});

export const INDICATOR_STATUSES = ['not-started', 'on-track', 'at-risk', 'achieved'] as const;

export const TocIndicatorSchema = z.strictObject({
  id: IdSchema,
  label: LabelSchema,
  target: LabelSchema.optional(),
  status: z.enum(INDICATOR_STATUSES).optional(),
  /** Measured by this theme's score in the organisational assessment, so a follow-up round can update it. */
  themeId: ThemeIdSchema.optional(),
});
export type TocIndicator = z.infer<typeof TocIndicatorSchema>;

export const TocNodeSchema = z.strictObject({
  id: IdSchema,
  kind: TocNodeKindSchema,
  label: LabelSchema,
  description: TextSchema.optional(),
  scope: z.enum(['local', 'national']),
  themeIds: z.array(ThemeIdSchema).optional(),
  indicators: z.array(TocIndicatorSchema).optional(),
});
export type TocNode = z.infer<typeof TocNodeSchema>;

export const TocLinkSchema = z.strictObject({
  id: IdSchema,
  from: IdSchema,
  to: IdSchema,
  rationale: TextSchema.optional(),
  assumptions: z.array(TextSchema).optional(),
});
export type TocLink = z.infer<typeof TocLinkSchema>;

/**
 * The shape of a Theory of Change. Graph checks (cycles, dangling links, duplicate ids, orphans) belong
 * to `validate()` in @nttp/theory-of-change, which explains each one to a planner; the workspace schema
 * also rejects links to missing nodes.
 */
export const TheoryOfChangeSchema = z.strictObject({
  id: IdSchema,
  title: LabelSchema,
  nodes: z.array(TocNodeSchema),
  links: z.array(TocLinkSchema),
  ceilingOfAccountability: TocNodeKindSchema.optional(),
});
export type TheoryOfChange = z.infer<typeof TheoryOfChangeSchema>;
