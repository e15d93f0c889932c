import { issue, ScoringError } from '../errors';
import type { Compiled } from '../instrument/compile';
import type { Instrument } from '../instrument/spec';
import type { Accumulated } from './accumulate';
import type { DisclosureLedger } from './disclosure';
import type { GroupReport, GroupStat } from './group';
import { quantityOf } from './report-notes';
import type { UnitRef } from './unit-score';

/** What may be shown of one group report: the group as a whole, each unit's scores, each item's answers. */
export interface DisclosureGate {
  min: number;
  group: boolean;
  unit: (unit: UnitRef) => boolean;
  item: (itemId: string) => boolean;
}

/**
 * The gate for one report. Without a ledger: the group and each statistic need `min` people. With a
 * ledger: also no figure that, with those published before from the same round, would let a smaller
 * group be worked out (each figure is filed under who it rests on).
 */
export function disclosureGate(ins: Instrument, c: Compiled, a: Accumulated, minCellSize: number, ledger: DisclosureLedger | undefined, roundKey: string | null): DisclosureGate {
  const min = Math.max(minCellSize, ledger?.minCellSize ?? 1);
  const enough = a.respondents === 0 || a.respondents >= min;
  if (!ledger) return { min, group: enough, unit: () => true, item: () => true };
  const idOf = a.idOf;
  if (!idOf) throw new ScoringError([issue(['respondentIds'], 'ids-needed', 'A ledger tracks people by respondent id: add respondentIds to the table, or score without a ledger.')], 'table of answers');
  if (roundKey === null) throw new ScoringError([issue(['options', 'roundId'], 'round-needed', 'A ledger files figures by round: give the round (options.round) or its id (options.roundId).')], 'set of options');
  const present = (column: ArrayLike<number>, offset = 0) => {
    const ids: string[] = [];
    for (let r = 0; r < a.respondents; r++) if (column[offset + r] === column[offset + r]) ids.push(idOf(r));
    return ids;
  };
  const everyone = Array.from({ length: a.respondents }, (_, r) => idOf(r));
  const group = enough && ledger.publish(roundKey, `${ins.id}@${ins.version}/respondents`, everyone, min);
  const accOf = new Map(a.accs.map((acc) => [`${acc.unit.kind}/${acc.unit.id}`, acc]));
  return {
    min,
    group,
    unit: (u) => ledger.publish(roundKey, quantityOf(ins, u), present(accOf.get(`${u.kind}/${u.id}`)!.scores!), min),
    item: (id) => ledger.publish(roundKey, `${ins.id}@${ins.version}/item/${id}`, present(a.keyed.data, c.itemIndex.get(id)! * a.keyed.rows), min),
  };
}

const ORDER_STATISTICS = { median: null, q1: null, q3: null, min: null, max: null } as const;

/** A statistic with nothing shown: values null, n 0, no reasons counted. */
function blank(stat: GroupStat, reason: string): GroupStat {
  return {
    ...stat,
    ...ORDER_STATISTICS,
    mean: null,
    sd: null,
    band: null,
    rwgJ: null,
    n: 0,
    completion: 0,
    withheld: { count: 0, byReason: { 'nothing-applicable': 0, 'no-answers': 0, 'below-completion': 0 } },
    suppressed: true,
    reason,
    notes: [],
    ...(stat.consensus ? { consensus: { ...stat.consensus, differenceFromMean: null } } : {}),
  };
}

const privacy = (min: number) => `so it is not shown, to protect people's privacy (the smallest group shown is ${min} people).`;

function discloseStat(stat: GroupStat, gate: DisclosureGate): GroupStat {
  const { min } = gate;
  if (!gate.group) return blank(stat, stat.respondents < min ? `This group has fewer than ${min} people, ${privacy(min)}` : `This group differs from a group already shown by too few people, ${privacy(min)}`);
  if (stat.n === 0) return stat;
  if (stat.n < min) return blank(stat, `Fewer than ${min} people have a score here, ${privacy(min)}`);
  if (!gate.unit(stat.unit)) return blank(stat, `With figures already shown for this round, these would let a group of fewer than ${min} people be worked out, ${privacy(min)}`);
  if (stat.n >= 2 * min || min === 1) return stat;
  return { ...stat, ...ORDER_STATISTICS, notes: [...stat.notes, `The median, quartiles and range are shown from ${2 * min} people, since each is one person's score or lies between two.`] };
}

/** Applies the gate to a whole report: small or recoverable groups, statistics and item means are blanked. */
export function discloseReport(report: GroupReport, gate: DisclosureGate): GroupReport {
  const each = <T extends Record<string, GroupStat | undefined>>(rec: T): T => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, v && discloseStat(v, gate)])) as T;
  const items = Object.fromEntries(
    Object.entries(report.items).map(([id, item]) => {
      if (!gate.group) return [id, { ...item, answered: 0, notApplicable: 0, dontKnow: 0, skipped: 0, noAnswer: 0, mean: null, sd: null }];
      return [id, item.answered > 0 && (item.answered < gate.min || !gate.item(id)) ? { ...item, mean: null, sd: null } : item];
    }),
  );
  return {
    ...report,
    overall: report.overall && discloseStat(report.overall, gate),
    scales: each(report.scales),
    themes: each(report.themes),
    principles: each(report.principles),
    matrix: Object.fromEntries(Object.entries(report.matrix).map(([k, row]) => [k, row && each(row)])),
    items,
    suppressed: !gate.group,
    diagnostics: gate.group ? report.diagnostics : {},
    notes: gate.group ? report.notes : [...report.notes, `This group has ${report.respondents < gate.min ? `fewer than ${gate.min} people` : 'too few people apart from groups already shown'}, so none of its figures are shown, to protect people's privacy.`],
  };
}
