import { z } from 'zod';
import type { Response } from '@nttp/domain';
import { parseOrThrow } from '../errors';
import { scoreGroup, type GroupOptions, type GroupReport, type GroupStat } from './group';
import { stamp, resolveInstrument, type InstrumentInput, type InstrumentStamp } from './instrument-ref';
import { parseResponses } from './responses';

export interface Subgroup {
  /** The subgroup's label, such as a role; "Not given" for people who did not say. */
  key: string;
  /** Shown only when the subgroup is at least the minimum size. */
  suppressed: boolean;
  /** Why the subgroup is not shown, in plain words. */
  reason: string | null;
  /** The subgroup's report (null when suppressed). Statistics resting on fewer people than the minimum are blanked too. */
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
  by: z.union([z.literal('role'), z.function()]).default('role'),
  /** The smallest group shown. Default 5. */
  minCellSize: z.number().int({ error: 'The minimum cell size is a whole number, like 5.' }).min(2, { error: 'The minimum cell size is at least 2.' }).default(5),
  group: z.unknown().optional(),
});
export type SubgroupOptions = {
  by?: 'role' | ((response: Response) => string | undefined);
  minCellSize?: number;
  /** Options passed to `scoreGroup` for each subgroup. */
  group?: GroupOptions;
};

const NOT_GIVEN = 'Not given';

/** Blanks a statistic that rests on fewer people than the minimum. */
function maskStat(stat: GroupStat, min: number): GroupStat {
  const safe = { ...stat, withheld: { ...stat.withheld, respondentIds: [] } };
  if (stat.n === 0 || stat.n >= min) return safe;
  return {
    ...safe,
    mean: null, median: null, sd: null, min: null, max: null, q1: null, q3: null, band: null, rwgJ: null,
    n: 0,
    reason: `Fewer than ${min} people have a score here, so it is not shown, to protect their privacy.`,
    ...(stat.consensus ? { consensus: { ...stat.consensus, differenceFromMean: null } } : {}),
  };
}

function mask(report: GroupReport, min: number): GroupReport {
  const each = <T extends Record<string, GroupStat | undefined>>(rec: T): T =>
    Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, v && maskStat(v, min)])) as T;
  return {
    ...report,
    overall: report.overall && maskStat(report.overall, min),
    scales: each(report.scales),
    themes: each(report.themes),
    principles: each(report.principles),
    matrix: Object.fromEntries(Object.entries(report.matrix).map(([k, row]) => [k, row && each(row)])),
    items: Object.fromEntries(Object.entries(report.items).map(([k, item]) => [k, item.answered < min ? { ...item, mean: null, sd: null } : item])),
  };
}

/**
 * Scores subgroups (by role, or any label) for reporting, and hides any group smaller than the
 * minimum cell size. When exactly one group is hidden, the next smallest is hidden too, so the hidden
 * group cannot be worked out by subtracting the others from the whole.
 */
export function scoreSubgroups(instrument: InstrumentInput, responses: unknown, options: SubgroupOptions = {}): SubgroupReport {
  const ins = resolveInstrument(instrument);
  const opts = parseOrThrow(SubgroupOptionsSchema, options, 'set of options', ['options']);
  const list = parseResponses(responses);
  const by = opts.by === 'role' ? (r: Response) => r.role : (opts.by as (r: Response) => string | undefined);
  const groups = new Map<string, Response[]>();
  for (const r of list) {
    const key = by(r) ?? NOT_GIVEN;
    const bucket = groups.get(key);
    if (bucket) bucket.push(r);
    else groups.set(key, [r]);
  }
  const min = opts.minCellSize;
  const entries = [...groups.entries()].sort((x, y) => x[0].localeCompare(y[0]));
  const small = new Set(entries.filter(([, rs]) => rs.length < min).map(([k]) => k));
  const notes: string[] = [];
  if (small.size === 1 && entries.length >= 2) {
    const next = entries.filter(([k]) => !small.has(k)).sort((x, y) => x[1].length - y[1].length)[0];
    if (next) {
      small.add(next[0]);
      notes.push(`One more group is hidden so that the small one cannot be worked out from the whole group's figures.`);
    }
  }
  const result: Subgroup[] = entries.map(([key, rs]) => {
    if (!small.has(key)) return { key, suppressed: false, reason: null, report: mask(scoreGroup(ins, rs, opts.group as GroupOptions | undefined), min) };
    return {
      key,
      suppressed: true,
      reason: rs.length < min ? `This group has fewer than ${min} people, so it is not shown, to protect their privacy.` : 'Hidden as well, so that a smaller hidden group cannot be worked out from the totals.',
      report: null,
    };
  });
  return { instrument: stamp(ins), minCellSize: min, groups: result, notes };
}
