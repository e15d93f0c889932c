import { z } from 'zod/v4';
import { parseOrThrow } from '../errors';

/** The default smallest group any figure is shown for. */
export const DEFAULT_MIN_CELL_SIZE = 5;

export const MinCellSizeSchema = z
  .number({ error: 'The minimum cell size is a whole number, like 5.' })
  .int({ error: 'The minimum cell size is a whole number, like 5.' })
  .min(1, { error: 'The minimum cell size is at least 1 (1 shows every group, for people who may already see every answer).' });

const LedgerOptionsSchema = z.strictObject({ minCellSize: MinCellSizeSchema.default(DEFAULT_MIN_CELL_SIZE) });
export type DisclosureLedgerOptions = z.input<typeof LedgerOptionsSchema>;

/** One round's people and, per figure, which published groups each person belongs to. */
interface RoundBook {
  index: Map<string, number>;
  /**
   * Per figure (such as a unit's mean), each person's "atom": people with the same atom label were in
   * exactly the same published groups. 0 is the atom of people in none.
   */
  atoms: Map<string, Int32Array>;
}

/**
 * Remembers which groups of people have had figures published from a round, so that no later figure
 * lets anyone work out a group smaller than the minimum by subtraction, within one report or across
 * many.
 *
 * Why it holds: every published sum (a mean times its n, a sum of squares, a count) is a total over
 * its group, so anything derived from published figures by adding and subtracting them is a total
 * over whole "atoms", the sets of people who were in exactly the same published groups. The ledger
 * publishes a group only if, afterwards, every atom still has at least `minCellSize` people; so any
 * derived figure rests on at least that many. This covers the whole minus the visible groups, the
 * whole minus "everyone but one", and chains of several calls. It is cautious: it may hold back a
 * figure that could not in fact be used, never the reverse.
 *
 * Pass one ledger to every call that publishes figures from the same round. Figures are keyed by
 * round and by what they measure (a unit's scores, an item's answers), since only totals of the same
 * quantity over the same round can be subtracted from one another.
 */
export class DisclosureLedger {
  readonly minCellSize: number;
  private readonly rounds = new Map<string, RoundBook>();

  constructor(options: DisclosureLedgerOptions = {}) {
    this.minCellSize = parseOrThrow(LedgerOptionsSchema, options, 'set of ledger options', ['options']).minCellSize;
  }

  /**
   * Publishes a figure over `members` (respondent ids) of `round` for `quantity` if that keeps every
   * atom at the minimum size (the ledger's, or `atLeast` when larger) or above, and says whether it
   * did. A refused figure is not recorded.
   */
  publish(round: string, quantity: string, members: Iterable<string>, atLeast = this.minCellSize): boolean {
    const min = Math.max(atLeast, this.minCellSize);
    let book = this.rounds.get(round);
    if (!book) this.rounds.set(round, (book = { index: new Map(), atoms: new Map() }));
    const inGroup: number[] = [];
    for (const id of members) {
      let at = book.index.get(id);
      if (at === undefined) book.index.set(id, (at = book.index.size));
      inGroup.push(at);
    }
    const people = book.index.size;
    const before = book.atoms.get(quantity);
    const member = new Uint8Array(people);
    for (const at of inGroup) member[at] = 1;
    // Split each atom in two: those in this group and those not.
    const relabel = new Map<number, number>();
    const sizes: number[] = [0];
    const after = new Int32Array(people);
    for (let p = 0; p < people; p++) {
      const key = (before && p < before.length ? before[p]! : 0) * 2 + member[p]!;
      if (key === 0) continue;
      let label = relabel.get(key);
      if (label === undefined) {
        relabel.set(key, (label = sizes.length));
        sizes.push(0);
      }
      after[p] = label;
      sizes[label]!++;
    }
    for (let a = 1; a < sizes.length; a++) if (sizes[a]! < min) return false;
    book.atoms.set(quantity, after);
    return true;
  }
}

export function createDisclosureLedger(options: DisclosureLedgerOptions = {}): DisclosureLedger {
  return new DisclosureLedger(options);
}

export function isLedger(value: unknown): value is DisclosureLedger {
  return value instanceof DisclosureLedger;
}
