import { z } from 'zod/v4';

/** The five areas the lexicon covers. */
export const CATEGORIES = ['substance-use', 'mental-health', 'service-language', 'trauma', 'suicide'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Who the text is for. Each entry carries a severity per profile. */
export const PROFILES = ['ui', 'clinical-record', 'policy'] as const;
export type Profile = (typeof PROFILES)[number];

/**
 * How strongly a finding is raised. `info` is used when a person describes themselves or is quoted:
 * the words are theirs, so we only note them.
 */
export const SEVERITIES = ['error', 'warning', 'suggestion', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** A severity an entry can be given for a profile; `off` means the entry does not apply there. */
export type EntrySeverity = Exclude<Severity, 'info'> | 'off';

const phrase = z
  .string()
  .trim()
  .min(1, 'Write the phrase as at least one word.')
  .max(120, 'Keep a phrase under 120 characters.');

const alternativeSchema = z.union([
  phrase,
  z.object({
    /** The form that replaces one person or thing, such as `person who uses drugs`. */
    one: phrase,
    /** The form that replaces several, such as `people who use drugs`. */
    many: phrase.optional(),
    /** A possessive form for one, such as `the person's`; we build one when it is missing. */
    oneOf: phrase.optional(),
    /** A possessive form for several. */
    manyOf: phrase.optional(),
  }),
]);

const entrySeverity = z.enum(['error', 'warning', 'suggestion', 'off']);

const guardSchema = z
  .object({
    /** The match does not count when one of these phrases comes straight after it ("alcoholic drinks"). */
    notFollowedBy: z.array(phrase).optional(),
    /** The match does not count when one of these phrases comes straight before it ("data manipulation"). */
    notPrecededBy: z.array(phrase).optional(),
    /**
     * The match only counts when one of these phrases comes straight before it ("a schizophrenic"). For
     * `person` entries this applies to singular forms only: plurals are nouns already.
     */
    precededBy: z.array(phrase).optional(),
    /** The match only counts when one of these words is within `window` words, in the same sentence. */
    near: z.array(phrase).optional(),
    /** The match does not count when one of these words is within `window` words, in the same sentence. */
    notNear: z.array(phrase).optional(),
    /** How many words either side `near` and `notNear` look at. */
    window: z.number().int().min(1).max(12).optional(),
    /** Longer phrases that contain the term and are fine, such as `relapse prevention`. */
    except: z.array(phrase).optional(),
  })
  .strict();

export const LexiconEntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens for the id, such as `drug-addict`.'),
    category: z.enum(CATEGORIES),
    /**
     * `person` entries name people: we add plurals and fit the alternatives to the grammar (article,
     * plural, possessive). `phrase` entries are matched as written.
     */
    kind: z.enum(['person', 'phrase']).default('phrase'),
    /**
     * Every written form to find. For `person` entries write the singular; plurals are added. A term can
     * carry its own alternatives when its grammar differs (`committed suicide` → `died by suicide`).
     */
    terms: z.array(z.union([phrase, z.object({ term: phrase, alternatives: z.array(phrase).min(1) }).strict()])).min(1, 'List at least one term to find.'),
    /** Irregular or extra plurals for `person` entries. */
    plurals: z.array(phrase).optional(),
    alternatives: z.array(alternativeSchema).min(1, 'Give at least one preferred alternative.'),
    rationale: z.string().trim().min(10, 'Explain in a sentence why the term can harm.'),
    sources: z.array(z.url({ message: 'A source needs to be a web address.' })).min(1, 'Cite at least one source.'),
    /** Whether people in the sector disagree about this term: contested entries are only suggestions. */
    contested: z.boolean().default(false),
    /** Whether people may use the term of themselves: first-person use then drops to `info`. */
    selfDescribed: z.boolean().default(false),
    severity: z.object({ ui: entrySeverity, 'clinical-record': entrySeverity, policy: entrySeverity }).strict(),
    guards: guardSchema.optional(),
    /** A note added to the message, such as support contacts. */
    note: z.string().optional(),
    examples: z
      .object({
        flag: z.array(z.string()).min(1, 'Give at least one sentence the entry should flag.'),
        pass: z.array(z.string()).min(1, 'Give at least one sentence the entry should leave alone.'),
      })
      .strict(),
  })
  .strict();

/** One lexicon entry, as written in the data files (defaults not yet applied). */
export type LexiconEntryInput = z.input<typeof LexiconEntrySchema>;
/** One lexicon entry with defaults applied. */
export type LexiconEntry = z.output<typeof LexiconEntrySchema>;
export type Alternative = z.output<typeof alternativeSchema>;
export type EntryGuards = z.output<typeof guardSchema>;
export type Term = LexiconEntry['terms'][number];

/** The written form of a term. */
export function termText(term: Term): string {
  return typeof term === 'string' ? term : term.term;
}

/** Same severity in every profile. */
export function everywhere(level: EntrySeverity): LexiconEntryInput['severity'] {
  return { ui: level, 'clinical-record': level, policy: level };
}
