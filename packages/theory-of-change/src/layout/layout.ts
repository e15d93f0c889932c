// The layout pipeline, after the Sugiyama framework (Sugiyama, Tagawa & Toda 1981, "Methods for visual
// understanding of hierarchical system structures"):
//   1. layers (layers.ts): stages are fixed columns; links within a stage add sub-columns by longest path;
//      links that close a cycle are turned round (depth-first back edges, as in Gansner, Koutsofios, North
//      & Vo 1993, "A technique for drawing directed graphs"); long links get a dummy item per layer.
//   2. lanes (lanes.ts): optional horizontal bands; every layer keeps each lane's items together. The lane
//      order minimises the crossings lanes force, exactly by dynamic programming over sets of lanes (Held &
//      Karp 1962) then sifting lanes; a long link's dummies may sit in any lane between its ends' lanes, so
//      it changes lane at the cheapest gap (lanes as in-layer constraints, after Forster 2002,
//      "Applying crossing reduction strategies to layered compound graphs", and Sander 1996, "Layout of
//      compound directed graphs").
//   3. crossing reduction (order.ts, order-moves.ts): layer sweeps with the barycentre (Sugiyama et al.
//      1981) and median (Eades & Wormald 1994; Gansner et al. 1993) heuristics, transposition (Gansner et
//      al. 1993), sifting (Matuszewski, Schönfeld & Molitor 1999), seeded restarts and iterated local
//      search; crossings between two layers counted as inversions (Barth, Jünger & Mutzel 2004).
//   4. coordinates (position.ts): vertical places by weighted isotonic regression layer by layer, which
//      minimises the squared vertical run of the links (the quadratic objective of Gansner et al. 1993 §4,
//      solved one layer at a time with pool-adjacent-violators), instead of Brandes & Köpf (2001).
//   5. routing (route.ts): polylines through the dummies, ends spread along the box sides; the crossing
//      count is of these drawn polylines (crossings.ts).
import { TOC_NODE_KINDS, type TheoryOfChange, type TocNode } from '@nttp/domain';
import { parseToc } from '../errors';
import { STAGE_NAMES } from '../validate/labels';
import { countPolylineCrossings } from './crossings';
import { assignLanes, laneRects, planLanes, reorderLanes, type LanePlan } from './lanes';
import { buildLayers, type LayeredGraph } from './layers';
import { resolveLayoutOptions, type LayoutOptions, type ResolvedLayoutOptions } from './options';
import { orderLayers, quickCrossings } from './order';
import { placeVertically } from './position';
import { alignmentDeltas, portOffsets, route } from './route';
import { cssFont, defaultMeasureText, statusText, wordMeasure, wrapWords } from './measure';
import { lineHeight, round, type LayoutColumn, type LayoutNode, type TocLayout } from './types';

export type { LayoutColumn, LayoutLane, LayoutLink, LayoutNode, TocLayout } from './types';
export { lineHeight } from './types';

const DUMMY_WIDTH = 24;
// A little room beyond the measured width, for rounding and hinting differences between canvas and SVG.
const TEXT_SLACK = 1.03;
/** Stage headings are drawn bold (`.toc-heading`). */
const HEADING_WEIGHT = '600';
const RESTART_BUDGET = 185;

/** How many lines a box needs below its label for the indicator status (the SVG draws them). */
export function statusLines(node: TocNode, options: ResolvedLayoutOptions): number {
  if (!options.indicators) return 0;
  const outcome = node.kind.endsWith('outcome');
  return (node.indicators ?? []).length > 0 || outcome ? 1 : 0;
}

/**
 * How many restarts crossing reduction gets: a fixed budget of work shared out by the graph's size
 * (items plus segments), so the count falls as graphs grow while the total work still grows with size:
 * a small drawing never takes longer than a larger one. Deterministic: no clocks, only the graph.
 */
export function defaultRestarts(graph: LayeredGraph): number {
  let segments = 0;
  for (const list of graph.down) segments += list.length;
  const work = graph.items.length + segments;
  return Math.max(2, Math.min(24, Math.round(RESTART_BUDGET / Math.sqrt(Math.max(1, work)))));
}

/**
 * Lays a Theory of Change out left to right: one column per stage, boxes sized to their wrapped labels,
 * few crossings, straight links where possible. The same input always gives the same output.
 */
export function layout(input: TheoryOfChange, options?: LayoutOptions): TocLayout {
  const toc = parseToc(input);
  const opts = resolveLayoutOptions(options);
  return layoutParsed(toc, opts);
}

export function layoutParsed(toc: TheoryOfChange, opts: ResolvedLayoutOptions): TocLayout {
  const planned = assignLanes(toc, opts);
  const lanePlan = chooseLaneOrder(toc, planned);
  const graph = buildLayers(toc, lanePlan?.of);
  // with lanes, restarts rarely find anything (the order within lanes is the best possible on small graphs),
  // so when other lane orders were tried (chooseLaneOrder), half the restarts are left for the chosen one
  const restarts = opts.restarts ?? Math.ceil(defaultRestarts(graph) / ((planned?.alternatives.length ?? 0) > 0 ? 2 : 1));
  const { layers, lane } = orderLayers(graph, restarts, opts.seed, previousPlaces(toc, graph, opts));
  graph.items.forEach((item, i) => (item.lane = lane[i]!));

  // Sizes: every box in a layer shares the layer's width, the widest its labels need.
  const line = lineHeight(opts);
  const measure = opts.measureText ?? defaultMeasureText();
  const words = wordMeasure(measure, cssFont(opts.fontSize, opts.fontFamily));
  const inner = (opts.maxNodeWidth - 2 * opts.padding) / TEXT_SLACK;
  const wrappedText = toc.nodes.map((node) => wrapWords(node.label, inner, words));
  const wrapped = wrappedText.map((w) => w.lines);
  // the status line is one line that does not wrap: its box is as wide as it needs, past maxNodeWidth if so
  const statusWidth = toc.nodes.map((node) => {
    const status = statusText(node, opts);
    return status ? measure(status.text, status.font) : 0;
  });
  const layerWidth = layers.map((layer) => {
    let widest = 0;
    let status = 0;
    for (const item of layer) {
      const node = graph.items[item]!.node;
      if (node < 0) continue;
      widest = Math.max(widest, wrappedText[node]!.widest, opts.minNodeWidth - 2 * opts.padding);
      status = Math.max(status, statusWidth[node]!);
    }
    return widest === 0 ? DUMMY_WIDTH : Math.ceil(Math.max(Math.min(opts.maxNodeWidth, widest * TEXT_SLACK + 2 * opts.padding), status * TEXT_SLACK + 2 * opts.padding));
  });
  const heights = graph.items.map((item) =>
    item.node < 0 ? 0 : (wrapped[item.node]!.length + statusLines(toc.nodes[item.node]!, opts)) * line + 2 * opts.padding,
  );
  const headingWidth = (text: string) => measure(text, cssFont(opts.fontSize, opts.fontFamily, HEADING_WEIGHT));
  widenForHeadings(graph, layerWidth, headingWidth, opts);
  const layerX: number[] = [];
  let cursor = opts.margin;
  layerWidth.forEach((width) => {
    layerX.push(cursor);
    cursor += width + opts.columnGap;
  });
  const width = cursor - opts.columnGap + opts.margin;

  const dummy = graph.items.map((item) => item.node < 0);
  const bands = lanePlan && toc.nodes.length > 0 ? planLanes(graph, layers, heights, dummy, lanePlan.lanes.length, opts) : undefined;
  const ports = portOffsets(graph, layers, heights);
  const deltas = alignmentDeltas(graph, ports);
  const centre = placeVertically({
    layers,
    heights,
    dummy,
    up: graph.up,
    down: graph.down,
    upDelta: deltas.up,
    downDelta: deltas.down,
    rowGap: opts.rowGap,
    ...(bands ? { lower: bands.lower, upper: bands.upper } : {}),
  });
  const lanes = lanePlan && bands ? laneRects(lanePlan, bands, opts) : [];

  let top = Infinity;
  let bottom = -Infinity;
  graph.items.forEach((_, i) => {
    top = Math.min(top, centre[i]! - heights[i]! / 2);
    bottom = Math.max(bottom, centre[i]! + heights[i]! / 2);
  });
  for (const lane of lanes) {
    top = Math.min(top, lane.y);
    bottom = Math.max(bottom, lane.y + lane.height);
  }
  if (graph.items.length === 0) top = bottom = 0;
  const shift = opts.margin + opts.headerHeight - top;
  for (let i = 0; i < centre.length; i++) centre[i] = round(centre[i]! + shift);
  const height = round(bottom + shift + opts.margin);

  const nodes = toc.nodes.map((node, i): LayoutNode => {
    const item = graph.items[i]!;
    return {
      id: node.id,
      x: layerX[item.layer]!,
      y: round(centre[i]! - heights[i]! / 2),
      width: layerWidth[item.layer]!,
      height: heights[i]!,
      column: TOC_NODE_KINDS.indexOf(node.kind),
      order: 0,
      lines: wrapped[i]!,
      ...(lanePlan ? { lane: lanePlan.lanes[lanePlan.of[i]!]!.id } : {}),
    };
  });
  numberWithinColumns(nodes);

  const links = graph.chains.map((chain) => route(chain, ports, toc, graph, nodes, centre, layerX, layerWidth));
  const columns = stageColumns(graph, layerX, layerWidth);
  const ceilingColumn = toc.ceilingOfAccountability ? TOC_NODE_KINDS.indexOf(toc.ceilingOfAccountability) : -1;
  const ceiling = columns.find((c) => c.column === ceilingColumn);
  const after = columns.find((c) => c.column > ceilingColumn);
  return {
    nodes,
    links,
    width: round(width),
    height,
    crossings: countPolylineCrossings(links.map((l) => l.points)),
    columns,
    lanes: lanes.map((lane) => ({ ...lane, y: round(lane.y + shift) })),
    ...(ceiling && after ? { ceilingX: round(ceiling.x + ceiling.width + opts.columnGap / 2) } : {}),
    options: opts,
  };
}

/**
 * The lane order with the fewest real crossings among the plan's order and its near alternatives, each
 * ordered once by sweeps and local search without restarts (the estimate behind the plan counts only the
 * crossings the lane order forces). Keeps the plan's order on a tie.
 */
function chooseLaneOrder(toc: TheoryOfChange, plan: LanePlan | undefined): LanePlan | undefined {
  if (!plan || plan.alternatives.length === 0) return plan;
  const crossings = (of: Int32Array) => quickCrossings(buildLayers(toc, of));
  let best = plan;
  let fewest = crossings(plan.of);
  for (const order of plan.alternatives) {
    if (fewest === 0) break;
    const other = reorderLanes(plan, order);
    const count = crossings(other.of);
    if (count < fewest) {
      fewest = count;
      best = other;
    }
  }
  return best;
}

/**
 * Where each item sat in the previous drawing (its box's centre), or NaN when it is new. A long link's
 * dummies sit on the straight line between its ends' previous places, so they keep their side too.
 */
function previousPlaces(toc: TheoryOfChange, graph: LayeredGraph, opts: ResolvedLayoutOptions): Float64Array | undefined {
  if (!opts.previous) return undefined;
  const before = new Map<string, number>();
  for (const node of opts.previous.nodes) if (!before.has(node.id)) before.set(node.id, node.y + (node.height ?? 0) / 2);
  const places = Float64Array.from(graph.items, (item) => (item.node < 0 ? NaN : (before.get(toc.nodes[item.node]!.id) ?? NaN)));
  for (const chain of graph.chains) {
    const last = chain.items.length - 1;
    const from = places[chain.items[0]!]!;
    const to = places[chain.items[last]!]!;
    for (let k = 1; k < last; k++) places[chain.items[k]!] = from + ((to - from) * k) / last;
  }
  return places;
}

/** Each stage's column is at least as wide as its heading (measured in bold). */
function widenForHeadings(graph: LayeredGraph, layerWidth: number[], headingWidth: (text: string) => number, opts: ResolvedLayoutOptions): void {
  const stages = [...new Set(graph.layerStage)];
  for (const stage of stages) {
    const layers = graph.layerStage.map((s, l) => (s === stage ? l : -1)).filter((l) => l >= 0);
    const width = layers.reduce((sum, l) => sum + layerWidth[l]!, 0) + (layers.length - 1) * opts.columnGap;
    const heading = Math.ceil(headingWidth(STAGE_NAMES[TOC_NODE_KINDS[stage]!].many) * TEXT_SLACK);
    if (width < heading) layerWidth[layers[0]!] = layerWidth[layers[0]!]! + heading - width;
  }
}

function numberWithinColumns(nodes: LayoutNode[]): void {
  const byColumn = new Map<number, LayoutNode[]>();
  for (const node of nodes) (byColumn.get(node.column) ?? byColumn.set(node.column, []).get(node.column)!).push(node);
  for (const list of byColumn.values()) [...list].sort((a, b) => a.y - b.y || a.x - b.x).forEach((node, i) => (node.order = i));
}

function stageColumns(graph: LayeredGraph, layerX: number[], layerWidth: number[]): LayoutColumn[] {
  const columns: LayoutColumn[] = [];
  graph.layerStage.forEach((stage, l) => {
    const last = columns[columns.length - 1];
    if (last && last.column === stage) last.width = layerX[l]! + layerWidth[l]! - last.x;
    else columns.push({ column: stage, kind: TOC_NODE_KINDS[stage]!, x: layerX[l]!, width: layerWidth[l]! });
  });
  return columns;
}
