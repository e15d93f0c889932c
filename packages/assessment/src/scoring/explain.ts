import { z } from 'zod';
import { ANSWER_STATUSES } from '../instrument/compile';
import { parseOrThrow } from '../errors';
import type { Change } from './compare';
import type { GroupReport, GroupStat } from './group';
import type { Score } from './unit-score';

const BandShape = z.looseObject({ label: z.string(), from: z.number(), to: z.number(), description: z.string() }).nullable();
const ScoreShape = z.looseObject({
  unit: z.looseObject({ title: z.string() }),
  score: z.number().nullable(),
  band: BandShape,
  answered: z.number(),
  applicable: z.number(),
  completion: z.number(),
  withheld: z.boolean(),
  reason: z.string().nullable(),
  items: z.array(
    z.looseObject({
      itemId: z.string(),
      answer: z.union([z.number(), z.string(), z.null()]),
      status: z.enum(ANSWER_STATUSES),
      scored: z.number().nullable(),
      weight: z.number(),
      reversed: z.boolean(),
    }),
  ),
});
const GroupStatShape = z.looseObject({
  unit: z.looseObject({ title: z.string() }),
  itemIds: z.array(z.string()),
  withheld: z.looseObject({ count: z.number(), byReason: z.record(z.string(), z.number()) }),
  notes: z.array(z.string()),
});

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));

/**
 * Explains one score in plain words: which items and answers produced it, how it was worked out,
 * and, when it was withheld, why.
 */
export function explainScore(score: Score): string {
  parseOrThrow(ScoreShape, score, 'score (pass a score from scoreResponse)');
  const lines: string[] = [];
  const title = score.unit.title;
  if (score.withheld) lines.push(`${title}: no score. ${score.reason}`);
  else {
    const weighted = score.items.some((i) => i.weight !== 1);
    lines.push(
      `${title}: ${fmt(score.score as number)}${score.band ? ` (${score.band.label})` : ''}, the ${weighted ? 'weighted ' : ''}mean of ${score.answered} answer${score.answered === 1 ? '' : 's'} from ${score.applicable} applicable item${score.applicable === 1 ? '' : 's'} (${Math.round(score.completion * 100)}% complete).`,
    );
    if (score.band) lines.push(`Band "${score.band.label}" runs from ${score.band.from} to ${score.band.to}: ${score.band.description}`);
  }
  for (const item of score.items) {
    const said = item.answer === null ? 'no answer' : typeof item.answer === 'number' ? `answered ${item.answer}` : `answered "${item.answer}"`;
    let use: string;
    if (item.status === 'answered') use = item.reversed ? `reverse keyed, counted as ${fmt(item.scored as number)}` : `counted as ${fmt(item.scored as number)}`;
    else if (item.status === 'not-applicable') use = 'not applicable, so left out of the count';
    else use = `${item.status === 'no-answer' ? 'no answer recorded' : item.status === 'dont-know' ? "don't know" : 'skipped'}, so counted as missing`;
    lines.push(`- ${item.itemId}: ${said}; ${use}${item.weight !== 1 ? ` (weight ${item.weight})` : ''}.`);
  }
  return lines.join('\n');
}

/**
 * Explains a group statistic in plain words: who it rests on, who was left out and why, agreement,
 * the consensus rating, and how each item was answered.
 */
export function explainGroupStat(stat: GroupStat, report: Pick<GroupReport, 'items'>): string {
  parseOrThrow(GroupStatShape, stat, 'group statistic (pass one from scoreGroup)');
  parseOrThrow(z.looseObject({ items: z.record(z.string(), z.unknown()) }), report, 'group report (pass the report from scoreGroup)', ['report']);
  const lines: string[] = [];
  const title = stat.unit.title;
  if (stat.mean === null) lines.push(`${title}: no group statistics. ${stat.reason ?? ''}`.trim());
  else {
    lines.push(
      `${title}: mean ${fmt(stat.mean)}${stat.band ? ` (${stat.band.label})` : ''}, median ${fmt(stat.median as number)}, from ${stat.n} of ${stat.respondents} people; spread: sd ${stat.sd === null ? '–' : fmt(stat.sd)}, range ${fmt(stat.min as number)} to ${fmt(stat.max as number)}.`,
    );
    if (stat.rwgJ !== null) lines.push(`Agreement rwg(j) ${fmt(stat.rwgJ)} (0 = no more than chance, 1 = everyone agrees).`);
  }
  const w = stat.withheld;
  if (w.count) {
    const why = [
      w.byReason['below-completion'] ? `${w.byReason['below-completion']} answered too few items` : '',
      w.byReason['no-answers'] ? `${w.byReason['no-answers']} answered none` : '',
      w.byReason['nothing-applicable'] ? `${w.byReason['nothing-applicable']} marked every item not applicable` : '',
    ].filter(Boolean);
    lines.push(`${w.count} ${w.count === 1 ? 'person is' : 'people are'} not counted: ${why.join(', ')}. Their scores were withheld, not guessed.`);
  }
  if (stat.consensus) lines.push(`The group agreed a rating of ${fmt(stat.consensus.rating)}${stat.consensus.note ? ` (${stat.consensus.note})` : ''}.`);
  for (const id of stat.itemIds) {
    const item = report.items[id];
    if (!item) continue;
    const other = [
      item.notApplicable ? `${item.notApplicable} not applicable` : '',
      item.dontKnow ? `${item.dontKnow} don't know` : '',
      item.skipped ? `${item.skipped} skipped` : '',
      item.noAnswer ? `${item.noAnswer} no answer` : '',
    ].filter(Boolean);
    lines.push(`- ${id}: ${item.answered} answered${item.mean === null ? '' : `, mean ${fmt(item.mean)}`}${other.length ? `; ${other.join(', ')}` : ''}.`);
  }
  for (const note of stat.notes) lines.push(note);
  return lines.join('\n');
}

const ChangeShape = z.looseObject({
  unit: z.looseObject({ title: z.string() }),
  baseline: z.looseObject({ mean: z.number().nullable(), n: z.number() }),
  followUp: z.looseObject({ mean: z.number().nullable(), n: z.number() }),
  change: z.number().nullable(),
  reliability: z.number().nullable(),
  reliabilitySource: z.enum(['baseline-alpha', 'given']).nullable(),
  rci: z.looseObject({ rci: z.number(), seDiff: z.number(), threshold: z.number() }).nullable(),
  beyondNoise: z.boolean().nullable(),
  people: z.looseObject({ matched: z.number(), up: z.number(), down: z.number(), noReliableChange: z.number() }).nullable(),
  reason: z.string().nullable(),
});

/** Explains a change between rounds in plain words: the means, the noise it was judged against, and the verdict. */
export function explainChange(change: Change): string {
  parseOrThrow(ChangeShape, change, 'change (pass one from compareRounds)');
  const { unit, baseline: b, followUp: f } = change;
  const lines = [`${unit.title}: ${b.mean === null ? 'no baseline score' : `baseline mean ${fmt(b.mean)} (${b.n} people)`}, ${f.mean === null ? 'no follow-up score' : `follow-up mean ${fmt(f.mean)} (${f.n} people)`}.`];
  if (change.reason) lines.push(change.reason);
  if (change.rci && change.reliability !== null) {
    const source = change.reliabilitySource === 'given' ? 'the reliability given' : "Cronbach's alpha of the baseline answers";
    lines.push(
      `Change ${fmt(change.change as number)}; measurement noise (SEdiff) ${fmt(change.rci.seDiff)}, from the spread of baseline scores and ${source} (${fmt(change.reliability)}). RCI ${fmt(change.rci.rci)}: ${change.beyondNoise ? `beyond noise (more than ${change.rci.threshold} in size).` : `within noise (${change.rci.threshold} or less in size), so not called a real change.`}`,
    );
  }
  if (change.people)
    lines.push(`Of ${change.people.matched} people who answered both rounds: ${change.people.up} reliably higher, ${change.people.down} reliably lower, ${change.people.noReliableChange} with no reliable change.`);
  return lines.join('\n');
}
