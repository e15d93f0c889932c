// Changes to the workspace's Theories of Change, as pure functions the pages hand to `update`.
import type { PathfinderWorkspace, TheoryOfChange, TocIndicator, TocNode, TocNodeKind } from '@nttp/domain';
import { nextId, removeById, replaceById } from '../understanding/kit';

export const OUTCOME_KINDS: readonly TocNodeKind[] = ['short-term-outcome', 'interim-outcome', 'long-term-outcome', 'impact'];
export const isOutcome = (kind: TocNodeKind) => OUTCOME_KINDS.includes(kind);

export function findToc(workspace: PathfinderWorkspace, tocId: string): TheoryOfChange | undefined {
  return workspace.theoriesOfChange.find((toc) => toc.id === tocId);
}

/** Puts `toc` in the workspace, replacing the one with its id (or adding it). */
export function putToc(workspace: PathfinderWorkspace, toc: TheoryOfChange): PathfinderWorkspace {
  return { ...workspace, theoriesOfChange: replaceById(workspace.theoriesOfChange, toc) };
}

export function removeToc(workspace: PathfinderWorkspace, tocId: string): PathfinderWorkspace {
  return { ...workspace, theoriesOfChange: removeById(workspace.theoriesOfChange, tocId) };
}

/** A blank Theory of Change, or `example` with its title and a free id, ready to add to the workspace. */
export function newToc(workspace: PathfinderWorkspace, title: string, example?: (id: string, title: string) => TheoryOfChange): TheoryOfChange {
  const id = nextId('toc', workspace.theoriesOfChange.map((t) => t.id));
  return example ? example(id, title) : { id, title, nodes: [], links: [] };
}

function patchNode(toc: TheoryOfChange, nodeId: string, change: (node: TocNode) => TocNode): TheoryOfChange {
  return { ...toc, nodes: toc.nodes.map((node) => (node.id === nodeId ? change(node) : node)) };
}

/** The step's description, scope and themes (an empty description or theme list is left out). */
export function describeStep(toc: TheoryOfChange, nodeId: string, details: { description?: string; scope: TocNode['scope']; themeIds: readonly string[] }): TheoryOfChange {
  return patchNode(toc, nodeId, (node) => {
    const { description: _d, themeIds: _t, ...rest } = node;
    return {
      ...rest,
      scope: details.scope,
      ...(details.description ? { description: details.description } : {}),
      ...(details.themeIds.length ? { themeIds: [...details.themeIds] as TocNode['themeIds'] } : {}),
    };
  });
}

export function putIndicator(toc: TheoryOfChange, nodeId: string, indicator: TocIndicator): TheoryOfChange {
  return patchNode(toc, nodeId, (node) => ({ ...node, indicators: replaceById(node.indicators ?? [], indicator) }));
}

export function removeIndicator(toc: TheoryOfChange, nodeId: string, indicatorId: string): TheoryOfChange {
  return patchNode(toc, nodeId, (node) => {
    const indicators = removeById(node.indicators ?? [], indicatorId);
    const { indicators: _i, ...rest } = node;
    return indicators.length ? { ...rest, indicators } : rest;
  });
}

/** Every indicator id in the Theory of Change, for choosing a free one. */
export const indicatorIds = (toc: TheoryOfChange) => toc.nodes.flatMap((n) => (n.indicators ?? []).map((i) => i.id));

/** The activities of every Theory of Change in the workspace, for the plan to link to. */
export function tocActivities(workspace: PathfinderWorkspace): { id: string; label: string; tocTitle: string }[] {
  return workspace.theoriesOfChange.flatMap((toc) => toc.nodes.filter((n) => n.kind === 'activity').map((n) => ({ id: n.id, label: n.label, tocTitle: toc.title })));
}
