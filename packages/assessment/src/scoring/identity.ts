import { z } from 'zod/v4';
import { issue, type AssessmentIssue } from '../errors';

/** The longest respondent or column id accepted: room for UUIDs and forms tools' response ids, with margin. */
export const MAX_ID_LENGTH = 200;

// Control characters (C0, DEL, C1: Unicode's Cc) cannot be printed or read back from a spreadsheet cell.
const UNPRINTABLE = /\p{Cc}/u;

/** Whether `id` is an id people can read and copy: printable, not blank, at most MAX_ID_LENGTH characters. */
export function isPrintableId(id: unknown): id is string {
  return typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH && !UNPRINTABLE.test(id) && id.trim() !== '';
}

/**
 * An id from another system, as it is: `Q1`, `P_001`, a UUID, a forms tool's response id such as
 * `4821` or `R_3kB9x…`. Ids are only ever compared (in `Map`s), never used as object keys or markup.
 */
export const ExternalIdSchema = z
  .string({ error: 'Expected an id written as text, like "P_001" or "4821".' })
  .refine(isPrintableId, { error: `An id is printable text of 1 to ${MAX_ID_LENGTH} characters, with no line breaks or tabs, like "P_001".` });

/**
 * The ids that occur more than once, each with every position it is at (in order), or an empty list.
 * One pass over an open-addressed table of positions keyed by our own FNV-1a hash of each id: for
 * 100,000 ids this is several times quicker than a Map or Set, whose growth and rehashing dominated
 * scoreGroup's time. Equal hashes are told apart by comparing the ids themselves.
 */
export function repeatedIds(idOf: (r: number) => string, count: number): { id: string; at: number[] }[] {
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size); // position + 1; 0 is empty
  let repeats: Map<string, number[]> | undefined;
  for (let r = 0; r < count; r++) {
    const id = idOf(r);
    let h = 0x811c9dc5;
    for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
    let slot = h & mask;
    let taken = slots[slot]!;
    while (taken !== 0 && idOf(taken - 1) !== id) {
      slot = (slot + 1) & mask;
      taken = slots[slot]!;
    }
    if (taken === 0) slots[slot] = r + 1;
    else {
      repeats ??= new Map();
      const at = repeats.get(id);
      if (at) at.push(r);
      else repeats.set(id, [taken - 1, r]);
    }
  }
  return repeats ? [...repeats].map(([id, at]) => ({ id, at })) : [];
}

/** One issue per repeated respondent id, naming it and where it occurs. */
export function duplicateIssues(repeats: { id: string; at: number[] }[], pathOf: (r: number) => (string | number)[], what: 'row' | 'response'): AssessmentIssue[] {
  return repeats.map(({ id, at }) =>
    issue(
      pathOf(at[1]!),
      'duplicate-respondent',
      `The respondent id "${id}" is given to ${at.length} ${what}s (${what}s ${at.map((r) => r + 1).join(', ')}). Each person answers a round once: remove the repeat, or give each person their own id.`,
    ),
  );
}
