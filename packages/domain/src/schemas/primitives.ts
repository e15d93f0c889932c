import { z } from 'zod';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Stable identifiers: lower-case letters, digits and hyphens, starting with a letter or digit, at most 80. */
export const IdSchema = z
  .string({ error: 'Expected an id written as text, like "leadership-1".' })
  .regex(ID_PATTERN, {
    error: 'An id uses lower-case letters, digits and hyphens only, starts with a letter or digit and is at most 80 characters, like "lens-event-1".',
  });
export type Id = z.infer<typeof IdSchema>;

/** A calendar date written as YYYY-MM-DD (no time, no time zone). */
export const IsoDateSchema = z.iso.date({ error: 'Expected a real calendar date written as YYYY-MM-DD, like 2025-03-14.' });
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Short text a person reads: a name, a title or a label. */
export const LabelSchema = z
  .string({ error: 'Expected some text here.' })
  .trim()
  .min(1, { error: 'This needs a few words: it cannot be left empty.' })
  .max(200, { error: 'Please keep this to 200 characters or fewer.' });

/** Longer text: a description, a note or a rationale. */
export const TextSchema = z
  .string({ error: 'Expected some text here.' })
  .trim()
  .min(1, { error: 'This needs a few words: it cannot be left empty.' })
  .max(5000, { error: 'Please keep this to 5,000 characters or fewer.' });

export const CountSchema = z
  .number({ error: 'Expected a number here.' })
  .int({ error: 'Expected a whole number here.' })
  .min(0, { error: 'Expected zero or more.' });

/** Compares two ISO dates (they sort as text). */
export function isOnOrBefore(a: string, b: string): boolean {
  return a <= b;
}
