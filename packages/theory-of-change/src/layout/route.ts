import type { TheoryOfChange } from '@nttp/domain';
import type { Point } from './crossings';
import type { Chain, LayeredGraph } from './layers';
import { round, type LayoutLink, type LayoutNode } from './types';

export interface Ports {
  /** y where each chain leaves its first item (right side) and reaches its last (left side). */
  out: Map<number, number>;
  in: Map<number, number>;
}

/**
 * Links leaving (or reaching) one box are spread along its side in the order of their other ends, so
 * arrowheads do not pile up on one point. The order matches the far ends, so no crossings are added.
 */
export function spreadPorts(graph: LayeredGraph, centre: Float64Array, heights: number[]): Ports {
  const ports: Ports = { out: new Map(), in: new Map() };
  const sides = new Map<string, { chain: number; other: number }[]>();
  graph.chains.forEach((chain, c) => {
    if (chain.selfLoop) return;
    const items = chain.items;
    const add = (key: string, other: number) => (sides.get(key) ?? sides.set(key, []).get(key)!).push({ chain: c, other });
    add(`out:${items[0]}`, items[1]!);
    add(`in:${items[items.length - 1]}`, items[items.length - 2]!);
  });
  for (const [key, list] of sides) {
    const [side, itemText] = key.split(':') as ['out' | 'in', string];
    const item = Number(itemText);
    list.sort((a, b) => centre[a.other]! - centre[b.other]! || a.other - b.other || a.chain - b.chain);
    const room = Math.max(0, heights[item]! - 16);
    const step = list.length > 1 ? Math.min(8, room / (list.length - 1)) : 0;
    list.forEach((entry, k) => ports[side].set(entry.chain, centre[item]! + (k - (list.length - 1) / 2) * step));
  }
  return ports;
}

export function route(chain: Chain, index: number, ports: Ports, toc: TheoryOfChange, graph: LayeredGraph, nodes: LayoutNode[], centre: Float64Array, layerX: number[], layerWidth: number[]): LayoutLink {
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
      points.push(k === 0 ? { x: nodes[node]!.x + nodes[node]!.width, y: round(ports.out.get(index) ?? y) } : { x: nodes[node]!.x, y: round(ports.in.get(index) ?? y) });
    else points.push({ x: left, y }, { x: right, y });
  });
  if (chain.reversed) points.reverse();
  return { id: link.id, from: link.from, to: link.to, points };
}
