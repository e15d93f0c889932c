import type { Instrument } from '../instrument/spec';
import type { Accumulated } from './accumulate';

/** What a figure measures, for the ledger: only totals of the same quantity can be subtracted from each other. */
export function quantityOf(ins: Instrument, unit: { kind: string; id: string }): string {
  return `${ins.id}@${ins.version}/${unit.kind}/${unit.id}`;
}

/** The round the responses share, when they are response documents from one round. */
export function commonRoundId(input: unknown): string | null {
  if (!Array.isArray(input) || input.length === 0) return null;
  const first = (input[0] as { roundId?: unknown }).roundId;
  if (typeof first !== 'string') return null;
  for (const r of input) if ((r as { roundId?: unknown }).roundId !== first) return null;
  return first;
}

/** The edit distance between two short strings (for suggesting the item a misspelt column meant). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

const quoted = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');

/**
 * Notes naming answer keys or columns that are not items of the instrument (with the item each
 * probably meant) and items a table has no column for, so a misspelt column never quietly empties a scale.
 */
export function columnNotes(ins: Instrument, a: Pick<Accumulated, 'unknownKeys' | 'missingItemIds'>, where?: string): string[] {
  const notes: string[] = [];
  const of = where ? ` in the ${where}` : '';
  const candidates = a.missingItemIds.length ? a.missingItemIds : ins.items.map((i) => i.id);
  if (a.unknownKeys.length) {
    const shown = a.unknownKeys.slice(0, 20);
    const guesses = shown.flatMap((key) => {
      const far = candidates.map((id) => distance(key.toLowerCase(), id.toLowerCase()));
      const best = Math.min(...far);
      const near = candidates.filter((_, k) => far[k] === best);
      return best <= 2 && near.length <= 3 ? [`"${key}" may be ${near.map((id) => `"${id}"`).join(' or ')}`] : [];
    });
    notes.push(
      `These answer keys or columns${of} are not items of ${ins.title} ${ins.version}, so their answers were left aside: ${quoted(shown)}${a.unknownKeys.length > 20 ? ` and ${a.unknownKeys.length - 20} more` : ''}.${guesses.length ? ` Check the spelling: ${guesses.join('; ')}.` : ''}`,
    );
  }
  if (a.missingItemIds.length)
    notes.push(`The table${of} has no column for ${a.missingItemIds.length === 1 ? 'the item' : 'these items:'} ${quoted(a.missingItemIds)}, so nobody answered ${a.missingItemIds.length === 1 ? 'it' : 'them'}; scores that need ${a.missingItemIds.length === 1 ? 'it' : 'them'} may be withheld.`);
  return notes;
}
