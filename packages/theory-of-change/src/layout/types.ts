import type { Point } from './crossings';
import type { ResolvedLayoutOptions } from './options';
import type { TocNodeKind } from '@nttp/domain';

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
  /** The id of the lane the box sits in, when lanes are on. */
  lane?: string;
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

/** One swimlane: a horizontal band across the whole drawing, its label drawn at its top left. */
export interface LayoutLane {
  /** The lane's key: a scope (`local`, `national`), a theme id, or what `lanes.by` gave. */
  id: string;
  /** The name to show on the band. */
  label: string;
  y: number;
  height: number;
  /** The same as `id`, kept for renderers written before lanes had ids. */
  lane: string;
}

export interface TocLayout {
  nodes: LayoutNode[];
  links: LayoutLink[];
  width: number;
  height: number;
  /** Crossings between the drawn polylines. */
  crossings: number;
  columns: LayoutColumn[];
  /** The bands from top to bottom when lanes are on (only lanes that have steps); otherwise empty. */
  lanes: LayoutLane[];
  /** The x of the ceiling of accountability line, when the ToC sets one and a later column exists. */
  ceilingX?: number;
  options: ResolvedLayoutOptions;
}

export function lineHeight(options: ResolvedLayoutOptions): number {
  return Math.round(options.fontSize * 1.3);
}

/** Rounds to hundredths, so drawings compare equal across runs and print short. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
