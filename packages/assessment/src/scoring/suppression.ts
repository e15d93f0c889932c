import { z } from 'zod/v4';
import type { Response } from '@nttp/domain';
import { parseOrThrow } from '../errors';
import { DEFAULT_MIN_CELL_SIZE, DisclosureLedger, isLedger, MinCellSizeSchema } from './disclosure';
import { scoreGroup, type GroupOptions, type GroupReport } from './group';
import { stamp, resolveInstrument, type InstrumentInput, type InstrumentStamp } from './instrument-ref';
import { parseResponses } from './responses';

export interface Subgroup {
  /** The subgroup's label, such as a role; "Not given" for people who did not say. */
  key: string;
  /** True when the subgroup is not shown. */
  suppressed: boolean;
  /** Why the subgroup is not shown, in plain words. */
  reason: string | null;
  /** The subgroup's report (null when suppressed); statistics that could reveal a smaller group are blanked too. */
  report: GroupReport | null;
}

export interface SubgroupReport {
  instrument: InstrumentStamp;
  minCellSize: number;
  groups: Subgroup[];
  notes: string[];
}

const SubgroupOptionsSchema = z.strictObject({
  /** `role` (the default), or a function giving each response its subgroup label. */
  // z.custom, not z.function(): z.function() is a schema only from zod 4.1, and the peer range starts lower.
  by: z
    .union([z.literal('role'), z.custom<(response: Response) => string | undefined>((value) => typeof value === 'function')], {
      error: "by is 'role' or a function that gives each response its subgroup label.",
    })
    .default('role'),
  /** The smallest group shown. Default 5. */
  minCellSize: MinCellSizeSchema.min(2, { error: 'The minimum cell size for a breakdown is at least 2.' }).default(DEFAULT_MIN_CELL_SIZE),
  /** A ledger shared with the other calls that publish figures from this round. */
  ledger: z.custom<DisclosureLedger>(isLedger, { error: 'ledger is a DisclosureLedger from createDisclosureLedger().' }).optional(),
  group: z.unknown().optional(),
});
export type SubgroupOptions = {
  by?: 'role' | ((response: Response) => string | undefined);
  minCellSize?: number;
  ledger?: DisclosureLedger;
  /** Options passed to `scoreGroup` for each subgroup. */
  group?: Omit<GroupOptions, 'ledger' | 'minCellSize'>;
};

const NOT_GIVEN = 'Not given';

/**
 * Scores subgroups (by role, or any label) for reporting. The whole group counts as published (it
 * usually is), then subgroups are shown largest first through a disclosure ledger: a subgroup is
 * hidden when it is smaller than the minimum or when showing it would leave a group of fewer people
 * that could be worked out by subtraction (so hiding one small group hides at least one more).
 */
export function scoreSubgroups(instrument: InstrumentInput, responses: unknown, options: SubgroupOptions = {}): SubgroupReport {
  const ins = resolveInstrument(instrument);
  const opts = parseOrThrow(SubgroupOptionsSchema, options, 'set of options', ['options']);
  const list = parseResponses(responses);
  const by = opts.by === 'role' ? (r: Response) => r.role : opts.by;
  const groups = new Map<string, Response[]>();
  for (const r of list) {
    const key = by(r) ?? NOT_GIVEN;
    const bucket = groups.get(key);
    if (bucket) bucket.push(r);
    else groups.set(key, [r]);
  }
  const min = Math.max(opts.minCellSize, opts.ledger?.minCellSize ?? 1);
  const ledger = opts.ledger ?? new DisclosureLedger({ minCellSize: min });
  const base = { ...(opts.group as GroupOptions | undefined), ledger, minCellSize: min, roundId: (opts.group as GroupOptions | undefined)?.roundId ?? list[0]?.roundId ?? 'round' };
  scoreGroup(ins, list, base);
  const bySize = [...groups.entries()].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]));
  const shown = new Map(bySize.map(([key, rs]) => [key, scoreGroup(ins, rs, base)]));
  const result: Subgroup[] = [...groups.keys()]
    .sort((x, y) => x.localeCompare(y))
    .map((key) => {
      const report = shown.get(key)!;
      const size = groups.get(key)!.length;
      if (!report.suppressed) return { key, suppressed: false, reason: null, report };
      return {
        key,
        suppressed: true,
        reason: size < min ? `This group has fewer than ${min} people, so it is not shown, to protect their privacy.` : 'Hidden as well, so that a smaller hidden group cannot be worked out from the totals.',
        report: null,
      };
    });
  const alsoHidden = result.some((g) => g.suppressed && groups.get(g.key)!.length >= min);
  const notes = alsoHidden ? ["More groups are hidden than are small, so that a small one cannot be worked out from the whole group's figures."] : [];
  return { instrument: stamp(ins), minCellSize: min, groups: result, notes };
}
