import { stageIndex, type TheoryOfChange, type TocLink, type TocNode } from '@nttp/domain';

/** Index of a Theory of Change as a graph: the first node with each id, and the links that can be drawn. */
export interface TocGraph {
  nodes: TocNode[];
  byId: Map<string, TocNode>;
  /** Links whose ends both exist, in input order. */
  links: TocLink[];
  out: Map<string, TocLink[]>;
  into: Map<string, TocLink[]>;
}

export function indexGraph(toc: TheoryOfChange): TocGraph {
  const byId = new Map<string, TocNode>();
  for (const node of toc.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const out = new Map<string, TocLink[]>();
  const into = new Map<string, TocLink[]>();
  for (const id of byId.keys()) {
    out.set(id, []);
    into.set(id, []);
  }
  const links = toc.links.filter((link) => byId.has(link.from) && byId.has(link.to));
  for (const link of links) {
    out.get(link.from)?.push(link);
    into.get(link.to)?.push(link);
  }
  return { nodes: toc.nodes, byId, links, out, into };
}

export function stageOf(node: TocNode): number {
  return stageIndex(node.kind);
}

/** Strongly connected components (Tarjan, iterative), in a deterministic order. */
export function stronglyConnected(ids: readonly string[], next: (id: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; edge: number }[] = [{ id: root, edge: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = next(frame.id);
      if (frame.edge < targets.length) {
        const target = targets[frame.edge++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ id: target, edge: 0 });
        } else if (onStack.has(target)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        components.push(component);
      }
    }
  }
  return components;
}
