import type { TheoryOfChange, TocLink, TocNode } from '@nttp/domain';
import { indexGraph } from '../graph';

/** One step in a pathway, reached through `via` from its parent entry. */
export interface OutlineEntry {
  node: TocNode;
  via?: TocLink;
  children: OutlineEntry[];
  /** True when this step's own pathway was already listed earlier: it is not repeated. */
  repeated: boolean;
}

export interface Outline {
  /** Pathways from each activity, depth first, each step's onward pathway listed once. */
  pathways: OutlineEntry[];
  /** Steps no activity leads to (listed with their own onward pathways). */
  unreached: OutlineEntry[];
}

/** The pathways of a Theory of Change as a tree, for the long description and the outline view. */
export function outline(toc: TheoryOfChange): Outline {
  const graph = indexGraph(toc);
  const expanded = new Set<string>();
  const build = (node: TocNode, via: TocLink | undefined, path: Set<string>): OutlineEntry => {
    if (expanded.has(node.id) || path.has(node.id)) return { node, ...(via ? { via } : {}), children: [], repeated: true };
    expanded.add(node.id);
    path.add(node.id);
    const children = graph.out.get(node.id)!.map((link) => build(graph.byId.get(link.to)!, link, path));
    path.delete(node.id);
    return { node, ...(via ? { via } : {}), children, repeated: false };
  };
  const nodes = [...graph.byId.values()];
  const pathways = nodes.filter((n) => n.kind === 'activity').map((n) => build(n, undefined, new Set()));
  const unreached: OutlineEntry[] = [];
  for (const node of nodes) {
    if (expanded.has(node.id)) continue;
    // start from steps nothing leads to, so each unreached pathway is listed from its beginning
    const upstream = graph.into.get(node.id)!.filter((l) => !expanded.has(l.from));
    if (upstream.length === 0) unreached.push(build(node, undefined, new Set()));
  }
  for (const node of nodes) if (!expanded.has(node.id)) unreached.push(build(node, undefined, new Set()));
  return { pathways, unreached };
}
