import { TOC_NODE_KINDS, type TheoryOfChange, type TocNode, type TocNodeKind } from '@nttp/domain';
import { parseToc } from '../errors';
import { STAGE_NAMES } from '../validate/labels';
import { countPolylineCrossings, type Point } from './crossings';
import { buildLayers, type Chain, type LayeredGraph } from './layers';
import { resolveLayoutOptions, type LayoutOptions, type ResolvedLayoutOptions } from './options';
import { orderLayers } from './order';
import { itemGap, placeVertically } from './position';
import { measureText, wrapText } from './text';

export interface LayoutNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The stage (0 = activity … 5 = impact): nodes of one stage share a column. */
  column: number;
  /** Position from the top within its column, counting from 0. */
  order: number;
  /** The label broken into the lines drawn in the box. */
  lines: string[];
  lane: 'local' | 'national';
}

export interface LayoutLink {
  id: string;
  from: string;
  to: string;
  /** The drawn polyline: the first point lies on the `from` box, the last on the `to` box. */
  points: Point[];
}

export interface LayoutColumn {
  column: number;
  kind: TocNodeKind;
  x: number;
  width: number;
}

export interface LayoutLane {
  lane: 'local' | 'national';
  y: number;
  height: number;
}

export interface TocLayout {
  nodes: LayoutNode[];
  links: LayoutLink[];
  width: number;
  height: number;
  /** Crossings between the drawn polylines. */
  crossings: number;
  columns: LayoutColumn[];
  /** The two bands when `swimlanes` is on and both scopes are present; otherwise empty. */
  lanes: LayoutLane[];
  /** The x of the ceiling of accountability line, when the ToC sets one and a later column exists. */
  ceilingX?: number;
  options: ResolvedLayoutOptions;
}

const DUMMY_WIDTH = 24;
const TEXT_SLACK = 1.06;

/** How many lines a box needs below its label for the indicator status (the SVG draws them). */
export function statusLines(node: TocNode, options: ResolvedLayoutOptions): number {
  if (!options.indicators) return 0;
  const outcome = node.kind.endsWith('outcome');
  return (node.indicators ?? []).length > 0 || outcome ? 1 : 0;
}

export function lineHeight(options: ResolvedLayoutOptions): number {
  return Math.round(options.fontSize * 1.3);
}

/** Small drawings (up to about 35 steps) get a thorough search; larger ones fewer restarts, to stay fast. */
function defaultRestarts(graph: LayeredGraph): number {
  const size = graph.items.length;
  return size <= 50 ? 24 : size <= 250 ? 10 : size <= 600 ? 6 : 2;
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
  const graph = buildLayers(toc, opts.swimlanes);
  const { layers } = orderLayers(graph, opts.restarts ?? defaultRestarts(graph), opts.seed, previousPlaces(toc, graph, opts));

  // Sizes: every box in a layer shares the layer's width, the widest its labels need.
  const line = lineHeight(opts);
  // Boxes are measured with Arial metrics; the slack absorbs a fallback font that runs a little wider.
  const inner = (opts.maxNodeWidth - 2 * opts.padding) / TEXT_SLACK;
  const wrapped = toc.nodes.map((node) => wrapText(node.label, inner, opts.fontSize));
  const layerWidth = layers.map((layer) => {
    let widest = 0;
    for (const item of layer) {
      const node = graph.items[item]!.node;
      if (node < 0) continue;
      for (const text of wrapped[node]!) widest = Math.max(widest, measureText(text, opts.fontSize));
      widest = Math.max(widest, opts.minNodeWidth - 2 * opts.padding);
    }
    return widest === 0 ? DUMMY_WIDTH : Math.ceil(Math.min(opts.maxNodeWidth, widest * TEXT_SLACK + 2 * opts.padding));
  });
  const heights = graph.items.map((item) =>
    item.node < 0 ? 0 : (wrapped[item.node]!.length + statusLines(toc.nodes[item.node]!, opts)) * line + 2 * opts.padding,
  );
  widenForHeadings(graph, layerWidth, opts);
  const layerX: number[] = [];
  let cursor = opts.margin;
  layerWidth.forEach((width) => {
    layerX.push(cursor);
    cursor += width + opts.columnGap;
  });
  const width = cursor - opts.columnGap + opts.margin;

  const neighbours = graph.items.map((_, i) => [...graph.up[i]!, ...graph.down[i]!]);
  const dummy = graph.items.map((item) => item.node < 0);
  const bands = planLanes(graph, layers, heights, dummy, opts);
  const centre = placeVertically({ layers, heights, dummy, neighbours, rowGap: opts.rowGap, ...(bands ? { lower: bands.lower, upper: bands.upper } : {}) });
  const lanes = bands ? laneRects(graph, centre, heights, bands, opts) : [];

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
      lane: node.scope,
    };
  });
  numberWithinColumns(nodes);

  const ports = spreadPorts(graph, centre, heights);
  const links = graph.chains.map((chain, c) => route(chain, c, ports, toc, graph, nodes, centre, layerX, layerWidth));
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

/** Where each item sat in the previous drawing (its box's centre), or NaN when it is new. */
function previousPlaces(toc: TheoryOfChange, graph: LayeredGraph, opts: ResolvedLayoutOptions): Float64Array | undefined {
  if (!opts.previous) return undefined;
  const before = new Map<string, number>();
  for (const node of opts.previous.nodes) if (!before.has(node.id)) before.set(node.id, node.y + (node.height ?? 0) / 2);
  return Float64Array.from(graph.items, (item) => (item.node < 0 ? NaN : (before.get(toc.nodes[item.node]!.id) ?? NaN)));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Each stage's column is at least as wide as its heading (bold, so a little wider than measured). */
function widenForHeadings(graph: LayeredGraph, layerWidth: number[], opts: ResolvedLayoutOptions): void {
  const stages = [...new Set(graph.layerStage)];
  for (const stage of stages) {
    const layers = graph.layerStage.map((s, l) => (s === stage ? l : -1)).filter((l) => l >= 0);
    const width = layers.reduce((sum, l) => sum + layerWidth[l]!, 0) + (layers.length - 1) * opts.columnGap;
    const heading = Math.ceil(measureText(STAGE_NAMES[TOC_NODE_KINDS[stage]!].many, opts.fontSize) * 1.12);
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

interface Bands {
  lower: Float64Array;
  upper: Float64Array;
  /** Where the local band's boxes end. */
  localBottom: number;
}

/**
 * With swimlanes on (and both scopes present), local boxes stay in a top band just tall enough for the
 * fullest column, and national boxes in a band below it: the placement keeps each item inside its band.
 */
function planLanes(graph: LayeredGraph, layers: number[][], heights: number[], dummy: boolean[], opts: ResolvedLayoutOptions): Bands | undefined {
  if (!opts.swimlanes) return undefined;
  const present = (lane: number) => graph.items.some((item) => item.lane === lane && item.node >= 0);
  if (!present(0) || !present(1)) return undefined;
  const label = lineHeight(opts) + 4;
  let tallest = 0;
  for (const layer of layers) {
    const local = layer.filter((item) => graph.items[item]!.lane === 0);
    let stack = 0;
    local.forEach((item, i) => (stack += heights[item]! + (i > 0 ? itemGap(dummy[local[i - 1]!]!, dummy[item]!, opts.rowGap) : 0)));
    tallest = Math.max(tallest, stack);
  }
  const localBottom = label + tallest;
  const nationalTop = localBottom + 2 * opts.rowGap + label;
  const lower = new Float64Array(graph.items.length);
  const upper = new Float64Array(graph.items.length);
  graph.items.forEach((item, i) => {
    const half = heights[i]! / 2;
    lower[i] = item.lane === 0 ? label + half : nationalTop + half;
    upper[i] = item.lane === 0 ? localBottom - half : Infinity;
  });
  return { lower, upper, localBottom };
}

function laneRects(graph: LayeredGraph, centre: Float64Array, heights: number[], bands: Bands, opts: ResolvedLayoutOptions): LayoutLane[] {
  const boundary = bands.localBottom + opts.rowGap;
  let bottom = boundary;
  graph.items.forEach((item, i) => item.lane === 1 && (bottom = Math.max(bottom, centre[i]! + heights[i]! / 2)));
  return [
    { lane: 'local', y: -opts.rowGap / 2, height: round(boundary + opts.rowGap / 2) },
    { lane: 'national', y: boundary, height: round(bottom + opts.rowGap / 2 - boundary) },
  ];
}

interface Ports {
  /** y where each chain leaves its first item (right side) and reaches its last (left side). */
  out: Map<number, number>;
  in: Map<number, number>;
}

/**
 * Links leaving (or reaching) one box are spread along its side in the order of their other ends, so
 * arrowheads do not pile up on one point. The order matches the far ends, so no crossings are added.
 */
function spreadPorts(graph: LayeredGraph, centre: Float64Array, heights: number[]): Ports {
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

function route(chain: Chain, index: number, ports: Ports, toc: TheoryOfChange, graph: LayeredGraph, nodes: LayoutNode[], centre: Float64Array, layerX: number[], layerWidth: number[]): LayoutLink {
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
