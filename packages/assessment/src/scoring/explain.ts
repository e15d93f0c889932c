import type { Score } from './unit-score';

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));

/**
 * Explains one score in plain words: which items and answers produced it, how it was worked out,
 * and, when it was withheld, why.
 */
export function explainScore(score: Score): string {
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
