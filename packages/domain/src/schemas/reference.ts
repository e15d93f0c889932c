// zod schemas for the reference data. The data itself (src/reference) has no zod import, so
// `@nttp/domain/reference` stays small; these schemas check the same shapes (`satisfies` below).
import { z } from 'zod/v4';
import { THEME_IDS, type Theme, type ThemeId } from '../reference/themes';
import { PRINCIPLE_IDS, type Principle, type PrincipleId } from '../reference/principles';
import { NES_LEVEL_IDS, type NesLevel, type NesLevelId } from '../reference/nes-levels';
import { PHASE_IDS, type Phase, type PhaseId } from '../reference/phases';

export const ThemeIdSchema = z.enum(THEME_IDS, {
  error: () => `Use one of the nine theme ids: ${THEME_IDS.join(', ')}.`,
}) satisfies z.ZodType<ThemeId>;

export const ThemeSchema = z.object({
  id: ThemeIdSchema,
  order: z.number().int().min(1).max(9),
  name: z.string().min(1),
  description: z.string().min(1),
}) satisfies z.ZodType<Theme>;

export const PrincipleIdSchema = z.enum(PRINCIPLE_IDS, {
  error: () => `Use one of the five principles: ${PRINCIPLE_IDS.join(', ')}.`,
}) satisfies z.ZodType<PrincipleId>;

export const PrincipleSchema = z.object({
  id: PrincipleIdSchema,
  name: z.string().min(1),
  description: z.string().min(1),
}) satisfies z.ZodType<Principle>;

export const NesLevelIdSchema = z.enum(NES_LEVEL_IDS, {
  error: () => `Use one of the four NES levels: ${NES_LEVEL_IDS.join(', ')}.`,
}) satisfies z.ZodType<NesLevelId>;

export const NesLevelSchema = z.object({
  id: NesLevelIdSchema,
  rank: z.number().int().min(1).max(4),
  name: z.string().min(1),
  whoItIsFor: z.string().min(1),
  description: z.string().min(1),
}) satisfies z.ZodType<NesLevel>;

export const PhaseIdSchema = z.enum(PHASE_IDS, {
  error: () => `Use one of the three phases: ${PHASE_IDS.join(', ')}.`,
}) satisfies z.ZodType<PhaseId>;

export const PhaseSchema = z.object({
  id: PhaseIdSchema,
  number: z.number().int().min(1).max(3),
  name: z.string().min(1),
  description: z.string().min(1),
  tools: z.array(z.string().min(1)),
}) satisfies z.ZodType<Phase>;
