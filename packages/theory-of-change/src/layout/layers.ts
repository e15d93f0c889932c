import type { TheoryOfChange } from '@nttp/domain';
import { stageOf } from '../graph';

export interface Item {
  layer: number;
  /** The lane, counting from the top (always 0 without lanes). */
  lane: number;
  /** The lanes the item may sit in: its own for a step, any between its link's ends' lanes for a dummy. */
  low: number;
  high: number;
  /** Index into `toc.nodes`, or -1 for a dummy on a long link. */
  node: number;
  /** Where the item comes in the author's order: its node's index, or for a dummy its link's start. */
  key: number;
}

/** One drawable link as a chain of items from the lower layer to the higher one. */
export interface Chain {
  link: number;
  items: number[];
  /** True when the link is drawn right to left (it goes back a stage or closes a cycle). */
  reversed: boolean;
  selfLoop: boolean;
  /** Where the first segment sits in `down` of the first item, and the last in `up` of the last item. */
  outIndex: number;
  inIndex: number;
}

export interface LayeredGraph {
  items: Item[];
  layerStage: number[];
  layers: number[][];
  up: number[][];
  down: number[][];
  /** For `up[i][j]`, the index of the same segment in `down` of that neighbour (and the other way round). */
  upMate: number[][];
  downMate: number[][];
  chains: Chain[];
}

/**
 * Stages are columns. Inside a stage, links between steps of the same stage add sub-columns (longest
 * path), so every link runs left to right except those that go back a stage or close a cycle, which are
 * turned round for layout and drawn right to left (back edges of a depth-first search, as in Gansner et
 * al. 1993). Long links get a dummy item per layer they cross (Sugiyama, Tagawa & Toda 1981).
 */
export function buildLayers(toc: TheoryOfChange, laneOf?: Int32Array): LayeredGraph {
  const firstIndex = new Map<string, number>();
  toc.nodes.forEach((node, i) => firstIndex.has(node.id) || firstIndex.set(node.id, i));
  const stages = toc.nodes.map(stageOf);

  type Oriented = { link: number; lo: number; hi: number; reversed: boolean };
  const oriented: Oriented[] = [];
  const selfLoops: number[] = [];
  const sameStage: { link: number; from: number; to: number }[] = [];
  toc.links.forEach((link, i) => {
    const from = firstIndex.get(link.from);
    const to = firstIndex.get(link.to);
    if (from === undefined || to === undefined) return;
    if (from === to) selfLoops.push(i);
    else if (stages[from]! < stages[to]!) oriented.push({ link: i, lo: from, hi: to, reversed: false });
    else if (stages[from]! > stages[to]!) oriented.push({ link: i, lo: to, hi: from, reversed: true });
    else sameStage.push({ link: i, from, to });
  });

  // Same-stage links: depth-first in input order; a link back to a node on the current path closes a cycle.
  const sub = new Array<number>(toc.nodes.length).fill(0);
  const adjacency = new Map<number, { link: number; to: number }[]>();
  for (const e of sameStage) (adjacency.get(e.from) ?? adjacency.set(e.from, []).get(e.from)!).push({ link: e.link, to: e.to });
  const state = new Array<number>(toc.nodes.length).fill(0); // 0 new, 1 on path, 2 done
  const backLinks = new Set<number>();
  const finished: number[] = [];
  for (const start of adjacency.keys()) {
    if (state[start] !== 0) continue;
    const stack: { node: number; next: number }[] = [{ node: start, next: 0 }];
    state[start] = 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const edges = adjacency.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const edge = edges[frame.next++]!;
        if (state[edge.to] === 1) backLinks.add(edge.link);
        else if (state[edge.to] === 0) {
          state[edge.to] = 1;
          stack.push({ node: edge.to, next: 0 });
        }
      } else {
        state[frame.node] = 2;
        finished.push(frame.node);
        stack.pop();
      }
    }
  }
  for (const e of sameStage) {
    if (backLinks.has(e.link)) oriented.push({ link: e.link, lo: e.to, hi: e.from, reversed: true });
    else oriented.push({ link: e.link, lo: e.from, hi: e.to, reversed: false });
  }
  // Longest path over the forward same-stage links, in topological order (reverse finishing order).
  for (const node of finished.reverse())
    for (const edge of adjacency.get(node) ?? []) if (!backLinks.has(edge.link)) sub[edge.to] = Math.max(sub[edge.to]!, sub[node]! + 1);

  // Layers: every stage from the first used to the last used gets at least one.
  const used = stages.length > 0 ? stages : [0];
  const firstStage = Math.min(...used);
  const lastStage = Math.max(...used);
  const depth: number[] = [];
  for (let s = firstStage; s <= lastStage; s++) depth.push(1);
  toc.nodes.forEach((_, i) => (depth[stages[i]! - firstStage] = Math.max(depth[stages[i]! - firstStage]!, sub[i]! + 1)));
  const stageStart: number[] = [];
  const layerStage: number[] = [];
  depth.forEach((d, k) => {
    stageStart.push(layerStage.length);
    for (let j = 0; j < d; j++) layerStage.push(firstStage + k);
  });

  const lane = (node: number) => (laneOf ? laneOf[node]! : 0);
  const items: Item[] = toc.nodes.map((_, i) => ({ layer: stageStart[stages[i]! - firstStage]! + sub[i]!, lane: lane(i), low: lane(i), high: lane(i), node: i, key: i }));
  const layers: number[][] = layerStage.map(() => []);
  items.forEach((item, i) => layers[item.layer]!.push(i));
  const up: number[][] = items.map(() => []);
  const down: number[][] = items.map(() => []);
  const upMate: number[][] = items.map(() => []);
  const downMate: number[][] = items.map(() => []);

  const chains: Chain[] = [];
  oriented.sort((a, b) => a.link - b.link);
  for (const e of oriented) {
    const from = items[e.lo]!.layer;
    const to = items[e.hi]!.layer;
    const chain = [e.lo];
    for (let layer = from + 1; layer < to; layer++) {
      const dummyLane = layer - from <= (to - from) / 2 ? items[e.lo]!.lane : items[e.hi]!.lane;
      const [low, high] = [Math.min(items[e.lo]!.lane, items[e.hi]!.lane), Math.max(items[e.lo]!.lane, items[e.hi]!.lane)];
      items.push({ layer, lane: dummyLane, low, high, node: -1, key: e.lo + 0.5 });
      up.push([]);
      down.push([]);
      upMate.push([]);
      downMate.push([]);
      layers[layer]!.push(items.length - 1);
      chain.push(items.length - 1);
    }
    chain.push(e.hi);
    const outIndex = down[e.lo]!.length;
    const inIndex = up[e.hi]!.length;
    for (let k = 1; k < chain.length; k++) {
      const a = chain[k - 1]!;
      const b = chain[k]!;
      downMate[a]!.push(up[b]!.length);
      upMate[b]!.push(down[a]!.length);
      down[a]!.push(b);
      up[b]!.push(a);
    }
    chains.push({ link: e.link, items: chain, reversed: e.reversed, selfLoop: false, outIndex, inIndex });
  }
  for (const link of selfLoops) chains.push({ link, items: [firstIndex.get(toc.links[link]!.from)!], reversed: false, selfLoop: true, outIndex: -1, inIndex: -1 });
  chains.sort((a, b) => a.link - b.link);
  return { items, layerStage, layers, up, down, upMate, downMate, chains };
}
