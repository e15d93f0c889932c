import type { TheoryOfChange, TocNode } from '@nttp/domain';
export { VALIDATION_CODES, type ValidationCode, type ValidationIssue, type ValidationSeverity } from './issue';
import { parseToc } from '../errors';
import { indexGraph, stageOf, stronglyConnected, type TocGraph } from '../graph';
import { issue, named, type ValidationIssue } from './issue';
import { STAGE_NAMES, listOf, quote } from './labels';
import { deadEnds, duplicateLinks, missingAssumptions, sameStageLinks, skippedStages, outcomesNoActivityLeadsTo, wholeDocument } from './pathways';

const OUTCOME_KINDS = new Set(['short-term-outcome', 'interim-outcome', 'long-term-outcome']);

/**
 * Checks a Theory of Change the way a planner would: every issue says what it found and what would fix
 * it. Throws a `TheoryOfChangeError` only when the input is not shaped like a Theory of Change at all.
 */
export function validate(input: unknown): ValidationIssue[] {
  const toc = parseToc(input);
  const graph = indexGraph(toc);
  return [
    ...wholeDocument(graph),
    ...duplicates(toc),
    ...dangling(toc, graph),
    ...cycles(graph),
    ...backwards(graph),
    ...sameStageLinks(graph),
    ...duplicateLinks(graph),
    ...skippedStages(graph),
    ...orphans(graph),
    ...unreachedOutcomes(graph),
    ...outcomesNoActivityLeadsTo(graph),
    ...deadEnds(graph),
    ...missingIndicators(graph),
    ...missingRationales(graph),
    ...missingAssumptions(graph),
  ];
}

function duplicates(toc: TheoryOfChange): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  const repeated = (ids: string[]) => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  for (const id of repeated(toc.nodes.map((n) => n.id))) {
    const labels = toc.nodes.filter((n) => n.id === id).map((n) => quote(n.label));
    found.push(issue('duplicate-node-id', 'error', `${listOf(labels)} share the id "${id}": give each step its own id so links reach the right one.`, [id]));
  }
  for (const id of repeated(toc.links.map((l) => l.id))) {
    found.push(issue('duplicate-link-id', 'error', `More than one link uses the id "${id}": give each link its own id.`, [], [id]));
  }
  return found;
}

function dangling(toc: TheoryOfChange, graph: TocGraph): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  for (const link of toc.links) {
    const missing = [link.from, link.to].filter((id) => !graph.byId.has(id));
    if (missing.length === 0) continue;
    const present = [link.from, link.to].filter((id) => graph.byId.has(id));
    const words = missing.map((id) => `"${id}"`);
    found.push(
      issue(
        'dangling-link',
        'error',
        `The link "${link.id}" points to ${listOf(words)}, which ${missing.length === 1 ? 'is' : 'are'} not in this Theory of Change: add the missing step or point the link at an existing one.`,
        present,
        [link.id],
      ),
    );
  }
  return found;
}

/**
 * Circles among the links that run forwards or within a stage. A circle closed by a link that goes back
 * a stage is reported once, as that backwards link, rather than twice.
 */
function cycles(graph: TocGraph): ValidationIssue[] {
  const ids = [...graph.byId.keys()];
  const stage = (id: string) => stageOf(graph.byId.get(id)!);
  const forward = (l: { from: string; to: string }) => stage(l.from) <= stage(l.to);
  const next = (id: string) => (graph.out.get(id) ?? []).filter(forward).map((l) => l.to);
  const found: ValidationIssue[] = [];
  const first = new Map(ids.map((id, i) => [id, i] as const));
  const earliest = (component: string[]) => Math.min(...component.map((id) => first.get(id)!));
  const components = stronglyConnected(ids, next).sort((a, b) => earliest(a) - earliest(b));
  for (const component of components) {
    const members = new Set(component);
    const selfLoop = component.length === 1 && next(component[0]!).includes(component[0]!);
    if (component.length < 2 && !selfLoop) continue;
    const ordered = ids.filter((id) => members.has(id));
    const linkIds = graph.links.filter((l) => members.has(l.from) && members.has(l.to) && forward(l)).map((l) => l.id);
    const message = selfLoop
      ? `${named(graph, ordered[0]!)} links to itself: a step cannot lead to itself, so remove that link.`
      : `${listOf(ordered.map((id) => named(graph, id)))} lead round in a circle: a Theory of Change reads in one direction, so remove or turn round one of these links.`;
    found.push(issue('cycle', 'error', message, ordered, linkIds));
  }
  return found;
}

function backwards(graph: TocGraph): ValidationIssue[] {
  return graph.links.flatMap((link) => {
    const from = graph.byId.get(link.from)!;
    const to = graph.byId.get(link.to)!;
    if (stageOf(from) <= stageOf(to)) return [];
    return [
      issue(
        'backwards-link',
        'error',
        `The link from ${quote(from.label)} (${STAGE_NAMES[from.kind].one}) to ${quote(to.label)} (${STAGE_NAMES[to.kind].one}) goes back a stage: links run from activities towards impact, so turn it round or change a stage.`,
        [from.id, to.id],
        [link.id],
      ),
    ];
  });
}

function orphans(graph: TocGraph): ValidationIssue[] {
  return [...graph.byId.values()]
    .filter((node) => graph.out.get(node.id)!.length === 0 && graph.into.get(node.id)!.length === 0)
    .map((node) =>
      issue('orphan', 'warning', `${quote(node.label)} is not linked to anything yet: link it to the steps it leads to or comes from.`, [node.id]),
    );
}

function unreachedOutcomes(graph: TocGraph): ValidationIssue[] {
  const reaches = new Map<string, boolean>();
  const goal = (node: TocNode) => node.kind === 'long-term-outcome' || node.kind === 'impact';
  const visit = (start: string): boolean => {
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (reaches.get(id) || goal(graph.byId.get(id)!)) return true;
      for (const link of graph.out.get(id)!) {
        if (seen.has(link.to)) continue;
        seen.add(link.to);
        queue.push(link.to);
      }
    }
    return false;
  };
  const found: ValidationIssue[] = [];
  for (const node of graph.byId.values()) {
    if (node.kind !== 'activity') continue;
    const ok = visit(node.id);
    reaches.set(node.id, ok);
    if (ok) continue;
    found.push(
      issue(
        'no-long-term-outcome',
        'warning',
        `${quote(node.label)} does not lead to a long-term outcome yet: add the links that show the change it contributes to.`,
        [node.id],
      ),
    );
  }
  return found;
}

function missingIndicators(graph: TocGraph): ValidationIssue[] {
  return [...graph.byId.values()]
    .filter((node) => OUTCOME_KINDS.has(node.kind) && (node.indicators ?? []).length === 0)
    .map((node) => issue('no-indicator', 'warning', `${quote(node.label)} has no indicator yet: add one so progress can be seen.`, [node.id]));
}

function missingRationales(graph: TocGraph): ValidationIssue[] {
  return graph.links
    .filter((link) => !link.rationale)
    .map((link) =>
      issue(
        'no-rationale',
        'info',
        `The link from ${named(graph, link.from)} to ${named(graph, link.to)} has no rationale yet: a sentence on why one leads to the other helps others follow the thinking.`,
        [link.from, link.to],
        [link.id],
      ),
    );
}
