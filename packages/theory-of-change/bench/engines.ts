import { stageIndex, type TheoryOfChange } from '@nttp/domain';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { layout, type LayoutOptions, type Point } from '../src/index';

export interface Drawing {
  lines: Point[][];
  /** Where each box's top edge sits, by id (ELK with lanes starts from its own drawing without lanes). */
  tops: Map<string, number>;
  /** The lanes from top to bottom, when drawn with lanes. */
  lanes: string[];
}

export type Sizes = Map<string, { width: number; height: number }>;

/** The nine themes as lanes; we choose the order of the lanes, and ELK gets the same order. */
const options = (lanes: boolean): LayoutOptions => ({ indicators: false, ...(lanes ? { lanes: { by: 'theme' } } : {}) });

/** Every engine gets the same box sizes: the ones our text measurement gives. */
export function boxSizes(toc: TheoryOfChange): Sizes {
  const drawn = layout(toc, options(false));
  return new Map(drawn.nodes.map((n) => [n.id, { width: n.width, height: n.height }]));
}

export function ours(toc: TheoryOfChange, lanes: boolean): Drawing {
  const drawn = layout(toc, options(lanes));
  return { lines: drawn.links.map((l) => l.points), tops: new Map(drawn.nodes.map((n) => [n.id, n.y])), lanes: drawn.lanes.map((l) => l.id) };
}

const elk = new ELK();
const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.partitioning.activate': 'true',
  'elk.edgeRouting': 'POLYLINE',
  'elk.spacing.nodeNode': '20',
  'elk.layered.spacing.nodeNodeBetweenLayers': '72',
};

/**
 * ELK layered, left to right, partitioned so that each stage is its own column (`elk.partitioning`),
 * polyline links. With `lanes` (the lane order, and ELK's own drawing without lanes), the lanes become in-layer order
 * constraints: `crossingMinimization.semiInteractive` keeps the order of nodes within each layer that
 * their `elk.position` gives, and each node's position is its lane's band plus its height in ELK's own
 * drawing, so every layer holds the lanes top to bottom in the same order, each ordered as ELK ordered
 * it without lanes; ELK still places the long links' dummies freely. ELK has no swimlanes of its own:
 * `elk.partitioning` works on layers (columns), and its group model order did not keep groups apart
 * when tried.
 */
export async function elkLayered(toc: TheoryOfChange, sizes: Sizes, lanes?: { order: string[]; from: Drawing }): Promise<Drawing> {
  const band = 1e6;
  const lanesFrom = lanes?.from;
  const theme = new Map(toc.nodes.map((n) => [n.id, n.themeIds?.[0] ?? 'no-theme']));
  const lane = (id: string) => lanes!.order.indexOf(theme.get(id)!);
  const child = (id: string, kind: TheoryOfChange['nodes'][number]['kind']): ElkNode => ({
    id,
    ...sizes.get(id)!,
    layoutOptions: {
      'elk.partitioning.partition': String(stageIndex(kind)),
      ...(lanesFrom ? { 'org.eclipse.elk.position': `(${stageIndex(kind) * 100},${lane(id) * band + lanesFrom.tops.get(id)!})` } : {}),
    },
  });
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: { ...LAYERED, ...(lanesFrom ? { 'elk.layered.crossingMinimization.semiInteractive': 'true', 'elk.separateConnectedComponents': 'false' } : {}) },
    children: toc.nodes.map((n) => child(n.id, n.kind)),
    edges: toc.links.map((l) => ({ id: l.id, sources: [l.from], targets: [l.to] })),
  });
  const lines = ((graph.edges ?? []) as ElkExtendedEdge[]).flatMap((edge) =>
    (edge.sections ?? []).map((section) => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]),
  );
  return { lines, tops: new Map((graph.children ?? []).map((c) => [c.id, c.y ?? 0])), lanes: lanes?.order ?? [] };
}
