// Swimlanes: horizontal bands by any key (scope, theme, team…). Crossing reduction keeps each lane's
// items together in every layer (order.ts sorts and sifts within lanes, as crossing reduction for layered
// compound graphs keeps a cluster's nodes together, after Forster 2002), and the placement keeps every
// step inside its lane's band, so each lane is one contiguous band across the whole drawing. A long
// link's dummies may sit in any lane between its ends' lanes (order-moves.ts, siftDummies), and on the
// boundary between two of them.
import { THEMES, TOC_NODE_KINDS, type TheoryOfChange, type TocNode } from '@nttp/domain';
import { stageOf } from '../graph';
import { itemGap } from './position';
import type { LayeredGraph } from './layers';
import type { ResolvedLayoutOptions } from './options';
import { lineHeight, round, type LayoutLane } from './types';

const SCOPE_LABELS: Record<string, string> = { local: 'Local', national: 'National' };
const NO_THEME = 'no-theme';
const THEME_LABELS: Record<string, string> = { ...Object.fromEntries(THEMES.map((theme) => [theme.id, theme.name])), [NO_THEME]: 'No theme' };

export interface LanePlan {
  /** Lane index of each node (index into `lanes`), top lane 0. */
  of: Int32Array;
  lanes: { id: string; label: string }[];
  /**
   * Other lane orders nearly as good by the estimate (each a list of lane indices, top first), for the
   * layout to try with the real crossing count; empty when the order was asked for or is fixed.
   */
  alternatives: number[][];
}

/** The same plan with its lanes in another order (`order` lists lane indices, top first). */
export function reorderLanes(plan: LanePlan, order: readonly number[]): LanePlan {
  const place = new Int32Array(order.length);
  order.forEach((lane, i) => (place[lane] = i));
  return { of: plan.of.map((lane) => place[lane]!), lanes: order.map((lane) => plan.lanes[lane]!), alternatives: [] };
}

/** The lanes asked for (`lanes`, or `swimlanes` for scope), in order from the top; only lanes with steps. */
export function assignLanes(toc: TheoryOfChange, opts: ResolvedLayoutOptions): LanePlan | undefined {
  const spec = opts.lanes ?? (opts.swimlanes ? { by: 'scope' as const } : undefined);
  if (!spec) return undefined;
  const by = spec.by;
  const keyOf: (node: TocNode) => string =
    by === 'scope' ? (node) => node.scope : by === 'theme' ? (node) => node.themeIds?.[0] ?? NO_THEME : (node) => String(by(node));
  const usual = by === 'scope' ? ['local', 'national'] : by === 'theme' ? [...THEMES.map((t) => t.id), NO_THEME] : [];
  const keys = toc.nodes.map(keyOf);
  const present = new Set(keys);
  // the order asked for, then the usual order, then the rest in order of first appearance
  let ids = [...new Set([...(spec.order ?? []), ...usual, ...keys])].filter((id) => present.has(id));
  // without an order asked for, themes and other keys get the order with the fewest forced crossings
  let alternatives: number[][] = [];
  if (!spec.order && by !== 'scope') [ids, alternatives] = closeLanes(toc, keys, ids);
  const index = new Map(ids.map((id, i) => [id, i]));
  const named = { ...(by === 'scope' ? SCOPE_LABELS : by === 'theme' ? THEME_LABELS : {}), ...spec.labels };
  return { of: Int32Array.from(keys, (key) => index.get(key)!), lanes: ids.map((id) => ({ id, label: named[id] ?? id })), alternatives };
}

/**
 * Orders lanes so that lanes with many links between them sit side by side. A link from lane a to lane b
 * across the gap between two stages crosses every link of that gap that lies wholly inside a lane between
 * a and b, and two links between lanes cross when their lanes interleave: whatever the order within lanes,
 * these crossings are forced by the lane order. The estimate counts both (a long link counts a share at
 * each gap it spans, as it changes lane at one of them). The first kind is minimised exactly (see
 * betweenOptimum), then one lane at a time moves to the place that lowers the whole estimate most
 * (sifting, as for the items of a layer, after Matuszewski, Schönfeld & Molitor 1999) until no move
 * helps; the same sifting from the usual order is kept when it ends lower. Deterministic.
 */
function closeLanes(toc: TheoryOfChange, keys: string[], ids: string[]): [string[], number[][]] {
  const count = ids.length;
  if (count < 3) return [ids, []];
  const index = new Map(ids.map((id, i) => [id, i]));
  const where = new Map<string, { lane: number; stage: number }>();
  toc.nodes.forEach((node, i) => where.has(node.id) || where.set(node.id, { lane: index.get(keys[i]!)!, stage: stageOf(node) }));
  const stages = TOC_NODE_KINDS.length;
  // inner[gap * count + lane]: links of a gap inside one lane; across: links between two lanes, by gap
  const inner = new Float64Array(stages * count);
  const across = new Map<number, number>();
  for (const link of toc.links) {
    const from = where.get(link.from);
    const to = where.get(link.to);
    if (!from || !to) continue;
    const [lo, hi] = from.stage <= to.stage ? [from, to] : [to, from];
    const end = Math.min(stages, Math.max(hi.stage, lo.stage + 1));
    // a long link changes lane at one of the gaps it spans (where is decided later): a share at each
    const share = 1 / (end - lo.stage);
    for (let gap = lo.stage; gap < end; gap++) {
      if (lo.lane === hi.lane) inner[gap * count + lo.lane]! += 1;
      else {
        const key = (gap * count + lo.lane) * count + hi.lane;
        across.set(key, (across.get(key) ?? 0) + share);
      }
    }
  }
  // by gap, so the pairs that can cross (links of one gap) are neighbours in the list
  const crossing = [...across]
    .sort(([k1], [k2]) => k1 - k2)
    .map(([key, weight]) => ({ gap: Math.floor(key / (count * count)), a: Math.floor(key / count) % count, b: key % count, weight }));
  const place = new Int32Array(count);
  const cost = (order: number[]) => {
    order.forEach((lane, i) => (place[lane] = i));
    let total = 0;
    for (const link of crossing) {
      const [top, bottom] = place[link.a]! < place[link.b]! ? [place[link.a]!, place[link.b]!] : [place[link.b]!, place[link.a]!];
      for (let p = top + 1; p < bottom; p++) total += link.weight * inner[link.gap * count + order[p]!]!;
    }
    for (let i = 0; i < crossing.length; i++)
      for (let j = i + 1; j < crossing.length && crossing[j]!.gap === crossing[i]!.gap; j++) {
        const s = crossing[i]!;
        const t = crossing[j]!;
        const d1 = place[s.a]! - place[t.a]!;
        const d2 = place[s.b]! - place[t.b]!;
        if (d1 * d2 < 0) total += s.weight * t.weight;
      }
    return total;
  };
  const sifted = (start: number[]) => siftLanes(start, cost);
  const fromUsual = sifted(ids.map((_, i) => i));
  const fromExact = 2 ** count * count * crossing.length > EXACT_WORK ? fromUsual : sifted(betweenOptimum(count, inner, crossing));
  const best = (fromExact.cost < fromUsual.cost ? fromExact : fromUsual).order;
  return [best.map((i) => ids[i]!), nearOrders(best, cost)];
}

/** How many other lane orders the layout tries with the real crossing count. */
const ALTERNATIVES = 6;

/**
 * The orders one lane move away from `best` that the estimate rates best (as lane places within `best`):
 * the estimate leaves out the crossings the order within lanes could avoid but does not, so the few
 * nearest orders are worth a real count.
 */
function nearOrders(best: number[], cost: (order: number[]) => number): number[][] {
  const count = best.length;
  const seen = new Set<string>([best.join()]);
  const moves: { order: number[]; cost: number }[] = [];
  for (let from = 0; from < count; from++) {
    const rest = best.filter((_, i) => i !== from);
    for (let at = 0; at <= rest.length; at++) {
      const order = [...rest.slice(0, at), best[from]!, ...rest.slice(at)];
      const key = order.join();
      if (seen.has(key)) continue;
      seen.add(key);
      moves.push({ order, cost: cost(order) });
    }
  }
  // stable sort: equal estimates keep the order they were made in, so the choice is deterministic
  moves.sort((a, b) => a.cost - b.cost);
  const where = new Map(best.map((lane, i) => [lane, i]));
  return moves.slice(0, ALTERNATIVES).map((move) => move.order.map((lane) => where.get(lane)!));
}

/** The exact order takes 2^lanes × lanes × links-across steps; beyond this many, sifting alone. */
const EXACT_WORK = 4_000_000;

/**
 * The lane order with the fewest crossings between links across lanes and links inside the lanes they
 * pass, exactly, by dynamic programming over the sets of lanes placed so far (as for linear arrangement
 * problems, Held & Karp 1962): a lane added below the set S lies between a link's lanes exactly when one
 * of them is in S and the other is not yet placed. Crossings of two links across lanes are left to sifting.
 */
function betweenOptimum(count: number, inner: Float64Array, crossing: { gap: number; a: number; b: number; weight: number }[]): number[] {
  const full = (1 << count) - 1;
  const best = new Float64Array(full + 1).fill(Infinity);
  const last = new Int32Array(full + 1).fill(-1);
  best[0] = 0;
  for (let placed = 0; placed < full; placed++) {
    if (best[placed] === Infinity) continue;
    for (let lane = 0; lane < count; lane++) {
      if (placed & (1 << lane)) continue;
      let added = 0;
      for (const link of crossing)
        if (link.a !== lane && link.b !== lane && ((placed >> link.a) & 1) !== ((placed >> link.b) & 1)) added += link.weight * inner[link.gap * count + lane]!;
      const next = placed | (1 << lane);
      if (best[placed]! + added < best[next]!) {
        best[next] = best[placed]! + added;
        last[next] = lane;
      }
    }
  }
  const order: number[] = [];
  for (let set = full; set !== 0; set &= ~(1 << last[set]!)) order.unshift(last[set]!);
  return order;
}

/** One lane at a time moves to the place that lowers `cost` most, until no move helps. */
function siftLanes(start: number[], cost: (order: number[]) => number): { order: number[]; cost: number } {
  const count = start.length;
  let order = start;
  let best = cost(order);
  for (let round = 0, improved = true; improved && round < 20; round++) {
    improved = false;
    for (let lane = 0; lane < count; lane++) {
      const rest = order.filter((l) => l !== lane);
      for (let at = 0; at <= rest.length; at++) {
        const candidate = [...rest.slice(0, at), lane, ...rest.slice(at)];
        const value = cost(candidate);
        if (value < best - 1e-9) {
          best = value;
          order = candidate;
          improved = true;
        }
      }
    }
  }
  return { order, cost: best };
}

export interface Bands {
  lower: Float64Array;
  upper: Float64Array;
  /** Each lane's band: where its boxes may start and end (the label sits above `top`). */
  top: number[];
  bottom: number[];
}

/**
 * Each lane's band is just tall enough for its fullest layer, under a line for its label; bands follow
 * one another down the page, and the placement keeps every item's centre inside its band.
 */
export function planLanes(graph: LayeredGraph, layers: number[][], heights: number[], dummy: boolean[], laneCount: number, opts: ResolvedLayoutOptions): Bands {
  const label = lineHeight(opts) + 4;
  const tallest = new Array<number>(laneCount).fill(0);
  for (const layer of layers) {
    const stack = new Array<number>(laneCount).fill(0);
    const last = new Array<number>(laneCount).fill(-1);
    for (const item of layer) {
      const lane = graph.items[item]!.lane;
      const before = last[lane]!;
      stack[lane] = stack[lane]! + heights[item]! + (before >= 0 ? itemGap(dummy[before]!, dummy[item]!, opts.rowGap) : 0);
      last[lane] = item;
    }
    stack.forEach((height, lane) => (tallest[lane] = Math.max(tallest[lane]!, height)));
  }
  const top: number[] = [];
  const bottom: number[] = [];
  let cursor = 0;
  for (let lane = 0; lane < laneCount; lane++) {
    top.push(cursor + label);
    bottom.push(cursor + label + tallest[lane]!);
    cursor = bottom[lane]! + 2 * opts.rowGap;
  }
  const lower = new Float64Array(graph.items.length);
  const upper = new Float64Array(graph.items.length);
  for (const layer of layers)
    layer.forEach((i, k) => {
      const item = graph.items[i]!;
      const half = heights[i]! / 2;
      // a step stays in its lane's band; a long link's dummy may also use the gap to a neighbouring lane
      // it may enter, so the link can run along the boundary between the two
      const above = k > 0 ? graph.items[layer[k - 1]!]!.lane : -Infinity;
      const under = k + 1 < layer.length ? graph.items[layer[k + 1]!]!.lane : Infinity;
      lower[i] = top[Math.max(item.low, Math.min(item.lane, above))]! + half;
      upper[i] = bottom[Math.min(item.high, Math.max(item.lane, under))]! - half;
    });
  return { lower, upper, top, bottom };
}

/** The bands as drawn: they touch, each reaching half a gap beyond its boxes, with room for the label. */
export function laneRects(plan: LanePlan, bands: Bands, opts: ResolvedLayoutOptions): LayoutLane[] {
  const label = lineHeight(opts) + 4;
  return plan.lanes.map((lane, k) => {
    const y = bands.top[k]! - label - opts.rowGap;
    return { id: lane.id, lane: lane.id, label: lane.label, y: round(y), height: round(bands.bottom[k]! + opts.rowGap - y) };
  });
}
