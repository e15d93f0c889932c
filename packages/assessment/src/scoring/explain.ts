import { z } from 'zod/v4';
import { ANSWER_STATUSES } from '../instrument/compile';
import { parseOrThrow } from '../errors';
import type { Change, CompareReport } from './compare';
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
      `${title}: mean ${fmt(stat.mean)}${stat.band ? ` (${stat.band.label})` : ''}${stat.median === null ? '' : `, median ${fmt(stat.median)}`}, from ${stat.n} of ${stat.respondents} people; spread: sd ${stat.sd === null ? '–' : fmt(stat.sd)}${stat.min === null || stat.max === null ? '' : `, range ${fmt(stat.min)} to ${fmt(stat.max)}`}.`,
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
  for (const id of stat.suppressed ? [] : stat.itemIds) {
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

const DifferenceShape = z
  .looseObject({
    method: z.enum(['welch', 'paired']),
    n: z.number(),
    estimate: z.number(),
    ci: z.looseObject({ level: z.number(), lower: z.number(), upper: z.number() }),
    effectSize: z.looseObject({ measure: z.string(), value: z.number() }).nullable(),
  })
  .nullable();
const RoundShape = z.looseObject({ mean: z.number().nullable(), n: z.number(), suppressed: z.boolean() });
const ChangeShape = z.looseObject({
  unit: z.looseObject({ title: z.string() }),
  baseline: RoundShape,
  followUp: RoundShape,
  change: z.number().nullable(),
  rounds: DifferenceShape,
  stayers: DifferenceShape,
  verdict: z.enum(['higher', 'lower', 'no-clear-change', 'too-few-to-judge']),
  basis: z.enum(['stayers', 'rounds']).nullable(),
  reason: z.string().nullable(),
});
const ComparisonShape = z.looseObject({
  pairing: z.enum(['paired', 'unpaired']),
  people: z.looseObject({ both: z.number(), joined: z.number(), left: z.number() }).nullable(),
  baselineRespondents: z.number(),
  followUpRespondents: z.number(),
  overall: z.unknown(),
  themes: z.record(z.string(), z.unknown()),
});

/** Cohen's rough words for a standardised difference. */
function sizeInWords(g: number): string {
  const a = Math.abs(g);
  return a < 0.2 ? 'very small' : a < 0.5 ? 'small' : a < 0.8 ? 'moderate' : 'large';
}

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

function explainOneChange(change: Change): string {
  const { unit, baseline: b, followUp: f } = change;
  const at = (s: Change['baseline'], round: string) => (s.mean === null ? (s.suppressed ? `not shown at the ${round} (a small group)` : `not available at the ${round}`) : `${fmt(s.mean)} at the ${round} (${people(s.n)})`);
  const lines = [`${unit.title}: the average score was ${at(b, 'baseline')} and ${at(f, 'follow-up')}.`];
  const judged = change.basis === 'stayers' ? change.stayers : change.basis === 'rounds' ? change.rounds : null;
  if (judged) {
    const level = `${Math.round(judged.ci.level * 100)}%`;
    const range = `between ${fmt(judged.ci.lower)} and ${fmt(judged.ci.upper)} points`;
    const moved = judged.estimate === 0 ? 'did not move' : `${judged.estimate > 0 ? 'rose' : 'fell'} by ${fmt(Math.abs(judged.estimate))}`;
    lines.push(
      change.basis === 'stayers'
        ? `For the ${people(judged.n)} who answered both times, scores ${moved} on average; we can be ${level} confident their true change is ${range}.`
        : `Taking each round as a whole group, the average ${moved}; we can be ${level} confident the true difference is ${range}.`,
    );
    if (judged.effectSize) lines.push(`Set against how much people's scores differ from one another, that is a ${sizeInWords(judged.effectSize.value)} difference (Hedges' ${judged.effectSize.measure === 'hedges-g-av' ? 'g_av' : 'g'} ${fmt(judged.effectSize.value)}).`);
  }
  if (change.verdict === 'higher') lines.push('That range leaves out no change at all, so the scores are clearly higher at the follow-up.');
  else if (change.verdict === 'lower') lines.push('That range leaves out no change at all, so the scores are clearly lower at the follow-up.');
  else if (change.verdict === 'no-clear-change') lines.push('That range includes no change at all, so these numbers do not show a clear change either way. A bigger group, or more time, may tell.');
  else lines.push('There are too few people to judge whether this changed.');
  if (change.reason) lines.push(change.reason);
  return lines.join('\n');
}

/**
 * Explains a change between rounds in words a service lead can use: the two averages, the change
 * with the range it probably lies in, how large it is, and whether the numbers show a clear change.
 * Given the whole comparison, it also says who answered both rounds, who joined and who left, and
 * explains the overall score and each theme.
 */
export function explainChange(change: Change | CompareReport): string {
  if (typeof change === 'object' && change !== null && 'pairing' in change) {
    const report = parseOrThrow(ComparisonShape, change, 'comparison (pass the report from compareRounds)') as unknown as CompareReport;
    const who = report.people
      ? `${people(report.people.both)} answered both rounds, ${people(report.people.joined)} joined at the follow-up and ${people(report.people.left)} who answered the baseline did not answer the follow-up.`
      : `${people(report.baselineRespondents)} answered the baseline and ${people(report.followUpRespondents)} the follow-up. Without respondent ids nobody can be matched across rounds, so they are compared as two separate groups.`;
    const units = [report.overall, ...Object.values(report.themes)].filter((c): c is Change => c !== null && c !== undefined);
    units.forEach((c) => parseOrThrow(ChangeShape, c, 'change (pass one from compareRounds)'));
    return [who, ...units.map(explainOneChange)].join('\n\n');
  }
  parseOrThrow(ChangeShape, change, 'change (pass one from compareRounds)');
  return explainOneChange(change as Change);
}
