import { z } from 'zod/v4';
import { CATEGORIES, PROFILES, SEVERITIES, type Category, type LexiconEntryInput, type Profile, type Severity } from '../lexicon/types';

export const CheckOptionsSchema = z
  .object({
    /** Who the text is for: `ui` (public copy, the default), `clinical-record` or `policy`. */
    profile: z.enum(PROFILES).optional(),
    /** Rule ids (`addict`) or phrases (`clean code`) to leave alone. */
    allow: z.array(z.string().trim().min(1, 'An allowed rule id or phrase cannot be empty.')).optional(),
    /** Extra entries, in the same shape as the lexicon's. */
    extend: z.array(z.unknown()).optional(),
    /** Switch whole categories off (`{ 'mental-health': false }`). */
    categories: z.partialRecord(z.enum(CATEGORIES), z.boolean()).optional(),
    /** The lowest severity to report; `info` (the default) reports everything. */
    minSeverity: z.enum(SEVERITIES).optional(),
    /** Whether to leave the built-in lexicon out and use only `extend` entries. */
    replaceLexicon: z.boolean().optional(),
  })
  .strict();

export interface CheckOptions {
  profile?: Profile;
  allow?: string[];
  extend?: LexiconEntryInput[];
  categories?: Partial<Record<Category, boolean>>;
  minSeverity?: Severity;
  replaceLexicon?: boolean;
}

/** Severity order, strongest first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1, info: 0 };
