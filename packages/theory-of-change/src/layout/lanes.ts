import { itemGap } from './position';
import type { LayeredGraph } from './layers';
import type { ResolvedLayoutOptions } from './options';
import { lineHeight, round, type LayoutLane } from './types';

export interface Bands {
  lower: Float64Array;
  upper: Float64Array;
  /** Where the local band's boxes end. */
  localBottom: number;
}

/**
 * With swimlanes on (and both scopes present), local boxes stay in a top band just tall enough for the
 * fullest column, and national boxes in a band below it: the placement keeps each item inside its band.
 */
export function planLanes(graph: LayeredGraph, layers: number[][], heights: number[], dummy: boolean[], opts: ResolvedLayoutOptions): Bands | undefined {
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

export function laneRects(graph: LayeredGraph, centre: Float64Array, heights: number[], bands: Bands, opts: ResolvedLayoutOptions): LayoutLane[] {
  const boundary = bands.localBottom + opts.rowGap;
  let bottom = boundary;
  graph.items.forEach((item, i) => item.lane === 1 && (bottom = Math.max(bottom, centre[i]! + heights[i]! / 2)));
  return [
    { lane: 'local', y: -opts.rowGap / 2, height: round(boundary + opts.rowGap / 2) },
    { lane: 'national', y: boundary, height: round(bottom + opts.rowGap / 2 - boundary) },
  ];
}
