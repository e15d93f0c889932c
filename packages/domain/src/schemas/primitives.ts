import { z } from 'zod/v4';
import { ID_MAX_LENGTH, PRINTABLE_ID } from '../ids/dom-id';

/**
 * Stable identifiers, as other systems write them: `Q1`, `P_001`, a UUID, a forms tool's response id.
 * Any printable text (no control characters or line breaks), trimmed, 1 to 200 characters. Where an id
 * becomes an HTML or SVG id, `toSafeDomId(id)` derives a safe one.
 */
export const IdSchema = z
  .string({ error: 'Expected an id written as text, like "leadership-1" or "Q1".' })
  .trim()
  .min(1, { error: 'An id needs at least one character, like "Q1".' })
  .max(ID_MAX_LENGTH, { error: `Please keep an id to ${ID_MAX_LENGTH} characters or fewer.` })
  .regex(PRINTABLE_ID, { error: 'An id is printable text on one line: take out tabs, line breaks and other control characters.' })
  // ids become object keys (answers by item id), and "__proto__" as a key would be lost rather than kept
  .refine((id) => id !== '__proto__', { error: 'The id "__proto__" has a special meaning in JavaScript, so it would be lost: please choose another id.' });
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

/**
 * A record keyed by ids. zod leaves a "__proto__" key out of a record without a word (it would replace the
 * object's prototype); here it is named instead, so nothing read from a file is dropped silently.
 */
export function idRecord<Value extends z.ZodType>(value: Value): z.ZodPipe<z.ZodTransform<unknown, unknown>, z.ZodRecord<typeof IdSchema, Value>> {
  // a transform piped into the record (not z.preprocess, whose type zod 4.0 and 3.25's zod/v4 lack)
  const namesProtoKey = z.transform((input: unknown, ctx) => {
    if (typeof input === 'object' && input !== null && Object.prototype.hasOwnProperty.call(input, '__proto__')) {
      ctx.issues.push({ code: 'custom', path: ['__proto__'], input, message: 'The id "__proto__" has a special meaning in JavaScript, so it would be lost: please choose another id.' });
    }
    return input;
  });
  return namesProtoKey.pipe(z.record(IdSchema, value));
}
