// Checks on how the steps connect: whether every outcome is reached, every output and outcome leads on,
// and each link moves forward by a sensible amount.
import type { TocLink } from '@nttp/domain';
import { stageOf, type TocGraph } from '../graph';
import { STAGE_NAMES, listOf, quote } from './labels';
import { issue, named, type ValidationIssue } from './issue';

const OUTCOMES = new Set(['short-term-outcome', 'interim-outcome', 'long-term-outcome', 'impact']);
/** Outputs and the outcomes before the long term: something should follow from each. */
const LEADS_ON = new Set(['output', 'short-term-outcome', 'interim-outcome']);

/** An empty Theory of Change, or one without an impact to aim at. */
export function wholeDocument(graph: TocGraph): ValidationIssue[] {
  if (graph.byId.size === 0) return [issue('empty', 'warning', 'This Theory of Change has no steps yet: start with the impact you hope for, then the activities that lead towards it.')];
  if ([...graph.byId.values()].some((n) => n.kind === 'impact')) return [];
  return [issue('no-impact', 'warning', 'This Theory of Change has no impact yet: add the lasting change it works towards, so every pathway has somewhere to lead.')];
}

/** Outcomes that no activity leads to, along any pathway (steps with no links at all are reported as orphans). */
export function outcomesNoActivityLeadsTo(graph: TocGraph): ValidationIssue[] {
  const reached = new Set<string>();
  const queue = [...graph.byId.values()].filter((n) => n.kind === 'activity').map((n) => n.id);
  for (const id of queue) reached.add(id);
  while (queue.length > 0) {
    for (const link of graph.out.get(queue.pop()!)!) {
      if (reached.has(link.to)) continue;
      reached.add(link.to);
      queue.push(link.to);
    }
  }
  return [...graph.byId.values()]
    .filter((n) => OUTCOMES.has(n.kind) && !reached.has(n.id) && graph.into.get(n.id)!.length + graph.out.get(n.id)!.length > 0)
    .map((n) =>
      issue('unreached-outcome', 'warning', `No activity leads to ${quote(n.label)} yet: link it back, through the steps between, to the activity that brings it about.`, [n.id]),
    );
}

/** Outputs and outcomes that something leads to but that lead nowhere themselves. */
export function deadEnds(graph: TocGraph): ValidationIssue[] {
  return [...graph.byId.values()]
    .filter((n) => LEADS_ON.has(n.kind) && graph.out.get(n.id)!.length === 0 && graph.into.get(n.id)!.length > 0)
    .map((n) =>
      issue('dead-end', 'warning', `${quote(n.label)} does not lead to a later step yet: link it to the outcome it helps bring about.`, [n.id]),
    );
}

/** Links that jump over two or more stages, such as an activity straight to impact. */
export function skippedStages(graph: TocGraph): ValidationIssue[] {
  return graph.links.flatMap((link) => {
    const from = graph.byId.get(link.from)!;
    const to = graph.byId.get(link.to)!;
    if (stageOf(to) - stageOf(from) < 3) return [];
    return [
      issue(
        'skips-stages',
        'warning',
        `The link from ${quote(from.label)} (${STAGE_NAMES[from.kind].one}) to ${quote(to.label)} (${STAGE_NAMES[to.kind].one}) skips several stages: add the outcomes in between, so the pathway can be followed and measured.`,
        [from.id, to.id],
        [link.id],
      ),
    ];
  });
}

/** Links between two steps of the same stage (a link to itself is reported as a circle). */
export function sameStageLinks(graph: TocGraph): ValidationIssue[] {
  return graph.links
    .filter((l) => l.from !== l.to && graph.byId.get(l.from)!.kind === graph.byId.get(l.to)!.kind)
    .map((l) => {
      const kind = graph.byId.get(l.from)!.kind;
      // one outcome leading to another of the same stage can be deliberate: a prompt to check, not a warning
      return issue(
        'same-stage-link',
        OUTCOMES.has(kind) ? 'info' : 'warning',
        `The link from ${named(graph, l.from)} to ${named(graph, l.to)} stays within the ${STAGE_NAMES[kind].many.toLowerCase()}: links usually lead on to a later stage, so check whether one of them belongs to another stage.`,
        [l.from, l.to],
        [l.id],
      );
    });
}

/** More than one link between the same two steps, in the same direction. */
export function duplicateLinks(graph: TocGraph): ValidationIssue[] {
  const byPair = new Map<string, TocLink[]>();
  for (const link of graph.links) {
    const key = JSON.stringify([link.from, link.to]);
    (byPair.get(key) ?? byPair.set(key, []).get(key)!).push(link);
  }
  return [...byPair.values()]
    .filter((links) => links.length > 1)
    .map((links) => {
      const { from, to } = links[0]!;
      const ids = listOf(links.map((l) => `"${l.id}"`));
      return issue('duplicate-link', 'warning', `${named(graph, from)} is linked to ${named(graph, to)} more than once (${ids}): keep one link and put every reason in its rationale.`, [from, to], links.map((l) => l.id));
    });
}

/** A suggestion: links towards outcomes carry the assumptions that have to hold for the change to follow. */
export function missingAssumptions(graph: TocGraph): ValidationIssue[] {
  return graph.links
    .filter((l) => OUTCOMES.has(graph.byId.get(l.to)!.kind) && (l.assumptions ?? []).length === 0)
    .map((l) =>
      issue(
        'no-assumption',
        'info',
        `The link from ${named(graph, l.from)} to ${named(graph, l.to)} names no assumptions yet: what has to hold for one to lead to the other?`,
        [l.from, l.to],
        [l.id],
      ),
    );
}
