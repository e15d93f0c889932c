import type { TheoryOfChange } from '@nttp/domain';
import { capitalise } from './render/geometry';
import { statusLine } from './render/status';
import { STAGE_NAMES } from './validate/labels';
import type { LayoutNode, TocLayout } from './layout/layout';

/** Where the keyboard can go from a step: along its links, or up and down its column. */
export interface Neighbours {
  downstream: string[];
  upstream: string[];
  above?: string;
  below?: string;
}

const byPosition = (boxes: Map<string, LayoutNode>) => (a: string, b: string) => (boxes.get(a)?.y ?? 0) - (boxes.get(b)?.y ?? 0);

export function boxesById(drawn: TocLayout): Map<string, LayoutNode> {
  const boxes = new Map<string, LayoutNode>();
  for (const node of drawn.nodes) if (!boxes.has(node.id)) boxes.set(node.id, node);
  return boxes;
}

export function neighbours(toc: TheoryOfChange, drawn: TocLayout, id: string): Neighbours {
  const boxes = boxesById(drawn);
  const sort = byPosition(boxes);
  const unique = (ids: string[]) => [...new Set(ids)].filter((other) => other !== id && boxes.has(other)).sort(sort);
  const downstream = unique(toc.links.filter((l) => l.from === id).map((l) => l.to));
  const upstream = unique(toc.links.filter((l) => l.to === id).map((l) => l.from));
  const box = boxes.get(id);
  const column = box ? [...boxes.values()].filter((n) => n.column === box.column).sort((a, b) => a.order - b.order) : [];
  const at = column.findIndex((n) => n.id === id);
  return {
    downstream,
    upstream,
    ...(at > 0 ? { above: column[at - 1]!.id } : {}),
    ...(at >= 0 && at < column.length - 1 ? { below: column[at + 1]!.id } : {}),
  };
}

/** The step the keyboard starts on: the top of the first column (other than `except`, when given). */
export function firstStep(drawn: TocLayout, except?: string): string | undefined {
  return [...drawn.nodes].filter((n) => n.id !== except).sort((a, b) => a.column - b.column || a.order - b.order)[0]?.id;
}

/** A step's accessible name: stage, label, status, and how many links lead out and in. */
export function describeStep(toc: TheoryOfChange, id: string, downstream: number, upstream: number): string {
  const node = toc.nodes.find((n) => n.id === id);
  if (!node) return id;
  const status = statusLine(node);
  const links = `${downstream === 1 ? 'leads to 1 step' : `leads to ${downstream} steps`}, ${upstream === 1 ? '1 step leads to it' : `${upstream} steps lead to it`}`;
  return `${capitalise(STAGE_NAMES[node.kind].one)}: ${node.label}. ${status ? `${status.slice(2)}. ` : ''}${capitalise(links)}.`;
}

/** The accessible name of a step in a drawing, from its links. */
export function stepName(toc: TheoryOfChange, drawn: TocLayout, id: string): string {
  const near = neighbours(toc, drawn, id);
  return describeStep(toc, id, near.downstream.length, near.upstream.length);
}
