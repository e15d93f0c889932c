import { stageIndex, type TheoryOfChange } from '@nttp/domain';
import dagre from '@dagrejs/dagre';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge } from 'elkjs/lib/elk-api';
import { layout, type Point } from '../src/index';

export interface Drawing {
  lines: Point[][];
}

export type Sizes = Map<string, { width: number; height: number }>;

/** Every engine gets the same box sizes: the ones our text measurement gives. */
export function boxSizes(toc: TheoryOfChange): Sizes {
  const drawn = layout(toc, { indicators: false });
  return new Map(drawn.nodes.map((n) => [n.id, { width: n.width, height: n.height }]));
}

export function ours(toc: TheoryOfChange): Drawing {
  return { lines: layout(toc, { indicators: false }).links.map((l) => l.points) };
}

const elk = new ELK();

/** ELK layered, left to right, partitioned so that each stage is its own column, polyline links. */
export async function elkLayered(toc: TheoryOfChange, sizes: Sizes): Promise<Drawing> {
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.edgeRouting': 'POLYLINE',
      'elk.spacing.nodeNode': '20',
      'elk.layered.spacing.nodeNodeBetweenLayers': '72',
    },
    children: toc.nodes.map((n) => ({ id: n.id, ...sizes.get(n.id)!, layoutOptions: { 'elk.partitioning.partition': String(stageIndex(n.kind)) } })),
    edges: toc.links.map((l) => ({ id: l.id, sources: [l.from], targets: [l.to] })),
  });
  const lines = ((graph.edges ?? []) as ElkExtendedEdge[]).flatMap((edge) =>
    (edge.sections ?? []).map((section) => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]),
  );
  return { lines };
}

/** dagre, left to right (it has no way to pin stages to columns). */
export function dagreLayout(toc: TheoryOfChange, sizes: Sizes): Drawing {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 20, ranksep: 72 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of toc.nodes) g.setNode(n.id, { ...sizes.get(n.id)! });
  for (const l of toc.links) g.setEdge(l.from, l.to, {}, l.id);
  dagre.layout(g);
  return { lines: g.edges().map((e) => (g.edge(e) as { points: Point[] }).points) };
}
