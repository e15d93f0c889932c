import type { TheoryOfChange } from '@nttp/domain';
import type { Point } from './crossings';
import type { Chain, LayeredGraph } from './layers';
import { round, type LayoutLink, type LayoutNode } from './types';

/** Offsets of each segment's end from its item's centre: `up[i][j]` for `graph.up[i][j]`, and so on. */
export interface PortOffsets {
  up: number[][];
  down: number[][];
}

/**
 * Links leaving (or reaching) one box are spread along its side in the order of their far ends, so
 * arrowheads do not pile up on one point and no crossings are added. Known before placement (it depends
 * only on the order), so the placement can line up the ends of a link exactly.
 */
export function portOffsets(graph: LayeredGraph, layers: readonly (readonly number[])[], heights: readonly number[]): PortOffsets {
  const position = new Int32Array(graph.items.length);
  for (const layer of layers) layer.forEach((item, i) => (position[item] = i));
  const spread = (item: number, ends: readonly number[]) => {
    const offsets = new Array<number>(ends.length).fill(0);
    if (ends.length < 2 || graph.items[item]!.node < 0) return offsets;
    const sorted = ends.map((_, j) => j).sort((a, b) => position[ends[a]!]! - position[ends[b]!]! || a - b);
    const step = Math.min(8, Math.max(0, heights[item]! - 16) / (ends.length - 1));
    sorted.forEach((j, k) => (offsets[j] = (k - (ends.length - 1) / 2) * step));
    return offsets;
  };
  return { up: graph.up.map((ends, item) => spread(item, ends)), down: graph.down.map((ends, item) => spread(item, ends)) };
}

/** How far an item sits from its neighbour when their shared link is straight: one value per segment. */
export function alignmentDeltas(graph: LayeredGraph, ports: PortOffsets): { up: number[][]; down: number[][] } {
  return {
    up: graph.up.map((ends, i) => ends.map((n, j) => ports.down[n]![graph.upMate[i]![j]!]! - ports.up[i]![j]!)),
    down: graph.down.map((ends, i) => ends.map((n, j) => ports.up[n]![graph.downMate[i]![j]!]! - ports.down[i]![j]!)),
  };
}

export function route(chain: Chain, ports: PortOffsets, toc: TheoryOfChange, graph: LayeredGraph, nodes: LayoutNode[], centre: Float64Array, layerX: number[], layerWidth: number[]): LayoutLink {
  const link = toc.links[chain.link]!;
  const first = nodes[graph.items[chain.items[0]!]!.node]!;
  if (chain.selfLoop) {
    const right = first.x + first.width;
    const cy = first.y + first.height / 2;
    const loop = Math.min(10, first.height / 4);
    const points = [
      { x: right, y: cy - loop },
      { x: right + 14, y: cy - loop },
      { x: right + 14, y: cy + loop },
      { x: right, y: cy + loop },
    ];
    return { id: link.id, from: link.from, to: link.to, points };
  }
  const points: Point[] = [];
  chain.items.forEach((item, k) => {
    const { layer, node } = graph.items[item]!;
    const y = centre[item]!;
    const left = layerX[layer]!;
    const right = left + layerWidth[layer]!;
    if (node >= 0)
      points.push(
        k === 0
          ? { x: nodes[node]!.x + nodes[node]!.width, y: round(y + ports.down[item]![chain.outIndex]!) }
          : { x: nodes[node]!.x, y: round(y + ports.up[item]![chain.inIndex]!) },
      );
    else points.push({ x: left, y }, { x: right, y });
  });
  if (chain.reversed) points.reverse();
  return { id: link.id, from: link.from, to: link.to, points };
}
