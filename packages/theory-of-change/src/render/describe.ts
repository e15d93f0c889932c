import type { TheoryOfChange, TocNode } from '@nttp/domain';
import { parseToc } from '../errors';
import { STAGE_NAMES, listOf, quote } from '../validate/labels';
import { outline, type OutlineEntry } from './outline';
import { STATUS_TEXT } from '../status';

const PLURAL: Record<TocNode['kind'], string> = {
  activity: 'activities',
  output: 'outputs',
  'short-term-outcome': 'short-term outcomes',
  'interim-outcome': 'interim outcomes',
  'long-term-outcome': 'long-term outcomes',
  impact: 'impacts',
};

/** A one-paragraph summary: what the diagram holds and where the ceiling of accountability sits. */
export function summarise(toc: TheoryOfChange): string {
  const counts = (Object.keys(PLURAL) as TocNode['kind'][])
    .map((kind) => [kind, toc.nodes.filter((n) => n.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${n === 1 ? STAGE_NAMES[kind].one : PLURAL[kind]}`);
  const holds = counts.length > 0 ? `It has ${listOf(counts)}, joined by ${toc.links.length} link${toc.links.length === 1 ? '' : 's'}.` : 'It has no steps yet.';
  const ceiling = toc.ceilingOfAccountability
    ? ` The ceiling of accountability sits after the ${PLURAL[toc.ceilingOfAccountability]}: the programme answers for the steps up to there, and contributes to what lies beyond.`
    : '';
  return `Theory of Change: ${toc.title}. Read from left to right, from activities to impact. ${holds}${ceiling}`;
}

function indicatorText(node: TocNode): string[] {
  return (node.indicators ?? []).map((indicator) => {
    const details = [indicator.target ? `target ${indicator.target}` : '', indicator.status ? STATUS_TEXT[indicator.status].words.toLowerCase() : '']
      .filter(Boolean)
      .join(', ');
    return `Indicator: ${indicator.label}${details ? ` (${details})` : ''}.`;
  });
}

/** A sentence to continue another: no closing full stop, and a lower-case start unless it is an acronym. */
function sentence(text: string): string {
  const trimmed = text.replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(trimmed) ? trimmed[0]!.toLowerCase() + trimmed.slice(1) : trimmed;
}

function entryLines(entry: OutlineEntry, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  const { node, via } = entry;
  const what = `${STAGE_NAMES[node.kind].one} ${quote(node.label)}`;
  let text = depth === 0 ? `${what[0]!.toUpperCase()}${what.slice(1)}` : `leads to ${what}`;
  if (via?.rationale) text += `, because ${sentence(via.rationale)}`;
  if (via?.assumptions?.length) text += ` (assuming: ${via.assumptions.map(sentence).join('; ')})`;
  text += entry.repeated ? '; its pathway is described above.' : '.';
  lines.push(`${indent}- ${text}`);
  if (!entry.repeated) {
    if (node.description) lines.push(`${indent}  ${node.description}`);
    for (const line of indicatorText(node)) lines.push(`${indent}  ${line}`);
  }
  for (const child of entry.children) entryLines(child, depth + 1, lines);
}

/**
 * The long description of a Theory of Change in plain language: a summary, then every pathway from each
 * activity with the rationale and assumptions of each link and the indicators of each outcome. For screen
 * readers (as the diagram's long description) and for print.
 */
export function describe(input: TheoryOfChange): string {
  const toc = parseToc(input);
  const tree = outline(toc);
  const lines = [summarise(toc), ''];
  if (tree.pathways.length > 0) {
    lines.push('Pathways, from each activity:');
    for (const entry of tree.pathways) entryLines(entry, 0, lines);
  }
  if (tree.unreached.length > 0) {
    if (tree.pathways.length > 0) lines.push('');
    lines.push('Steps no activity leads to yet:');
    for (const entry of tree.unreached) entryLines(entry, 0, lines);
  }
  return lines.join('\n');
}
