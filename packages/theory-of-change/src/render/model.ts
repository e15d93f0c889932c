// One description of what a drawing shows, computed once per drawing: the SVG string, the React canvas and
// the custom element all draw from it, so they cannot drift apart.
import type { TheoryOfChange, TocLink, TocNode } from '@nttp/domain';
import type { Point } from '../layout/crossings';
import { lineHeight, type LayoutNode, type TocLayout } from '../layout/layout';
import { CHECK_LABELS, type ValidationIssue } from '../validate/issue';
import { STAGE_NAMES } from '../validate/labels';
import { capitalise } from './geometry';
import { nodeStatus, statusLine } from '../status';

/** A check drawn on the diagram: a few words beside the step or link, and the full message for its title. */
export interface DrawnCheck {
  label: string;
  message: string;
  severity: ValidationIssue['severity'];
}

export interface DrawnBox {
  /** Unique among the boxes, even when two steps share an id. */
  key: string;
  id: string;
  node: TocNode;
  box: LayoutNode;
  /** Each line of the label, with its offset from the box's top-left corner. */
  lines: { text: string; x: number; y: number }[];
  status?: { text: string; tone: string; x: number; y: number };
  /** The tooltip: stage and label. */
  title: string;
  /** The first box with each id is reachable by keys and clicks; a repeated id is only drawn. */
  interactive: boolean;
  checks: DrawnCheck[];
}

export interface DrawnLink {
  key: string;
  link: TocLink;
  points: Point[];
  /** The tooltip: which step leads to which, and why. */
  title: string;
  /** Said when the keyboard follows this link: its rationale and assumptions, or nothing. */
  because: string;
  checks: DrawnCheck[];
}

/** Where the keyboard can go from a step: along its links, or up and down its column. */
export interface Neighbours {
  downstream: string[];
  upstream: string[];
  above?: string;
  below?: string;
}

export interface DiagramModel {
  toc: TheoryOfChange;
  drawn: TocLayout;
  fontSize: number;
  boxes: DrawnBox[];
  links: DrawnLink[];
  /** Stage headings and the band behind each stage's columns, so sub-columns visibly belong to it. */
  stages: { kind: TocNode['kind']; label: string; x: number; width: number }[];
  /** A band behind each stage, reaching a little past its columns. */
  bands: { x: number; y: number; width: number; height: number }[];
  lanes: { key: string; label: string; y: number; height: number }[];
  ceiling?: { x: number; top: number; bottom: number };
  /** Checks on the whole document (no steps, no impact), shown above the drawing. */
  notes: DrawnCheck[];
  /** The keyboard's order: stage by stage, top to bottom. */
  order: string[];
  /** Accessible names and keyboard neighbours, one entry per step id. */
  names: Map<string, string>;
  near: Map<string, Neighbours>;
  labels: Map<string, string>;
}

/** A lane's name: "Local", "National", or the lane's own key with a capital. */
export function laneLabel(lane: string): string {
  return capitalise(lane);
}

/** Everything the three renderers draw, from a layout and (optionally) the validation issues to show. */
export function buildModel(toc: TheoryOfChange, drawn: TocLayout, issues: readonly ValidationIssue[] = []): DiagramModel {
  const opts = drawn.options;
  const line = lineHeight(opts);
  const nodeChecks = new Map<string, DrawnCheck[]>();
  const linkChecks = new Map<string, DrawnCheck[]>();
  const notes: DrawnCheck[] = [];
  for (const issue of issues) {
    // the status line already shows a missing indicator, and suggestions stay in the list
    if (issue.severity === 'info' || issue.code === 'no-indicator') continue;
    const check = { label: CHECK_LABELS[issue.code], message: issue.message, severity: issue.severity };
    const add = (map: Map<string, DrawnCheck[]>, id: string) => (map.get(id) ?? map.set(id, []).get(id)!).push(check);
    if (issue.linkIds.length > 0) for (const id of issue.linkIds) add(linkChecks, id);
    else if (issue.nodeIds.length > 0) for (const id of issue.nodeIds) add(nodeChecks, id);
    else notes.push(check);
  }

  // layout() returns one box per step in input order, and one path per drawable link, by id
  const layoutBoxes = queuesById(drawn.nodes);
  const layoutLinks = queuesById(drawn.links);
  const labels = new Map<string, string>();
  const seen = new Set<string>();
  const boxes: DrawnBox[] = toc.nodes.flatMap((node, i): DrawnBox[] => {
    const box = layoutBoxes.get(node.id)?.shift();
    if (!box) return [];
    const interactive = !seen.has(node.id);
    seen.add(node.id);
    if (interactive) labels.set(node.id, node.label);
    const status = opts.indicators ? statusLine(node) : undefined;
    return [
      {
        key: `${node.id}\u0000${i}`,
        id: node.id,
        node,
        box,
        lines: box.lines.map((text, k) => ({ text: k < box.lines.length - 1 ? `${text} ` : text, x: opts.padding, y: opts.padding + line * k + opts.fontSize })),
        ...(status ? { status: { text: status, tone: nodeStatus(node)!, x: opts.padding, y: opts.padding + line * box.lines.length + opts.fontSize } } : {}),
        title: `${capitalise(STAGE_NAMES[node.kind].one)}: ${node.label}`,
        interactive,
        checks: interactive ? (nodeChecks.get(node.id) ?? []) : [],
      },
    ];
  });

  const links: DrawnLink[] = toc.links.flatMap((link, i): DrawnLink[] => {
    const path = layoutLinks.get(link.id)?.shift();
    if (!path || !labels.has(link.from) || !labels.has(link.to)) return [];
    return [
      {
        key: `${link.id}\u0000${i}`,
        link,
        points: path.points,
        title: `${labels.get(link.from)} leads to ${labels.get(link.to)}${link.rationale ? `: ${link.rationale}` : ''}`,
        because: because(link),
        checks: linkChecks.get(link.id) ?? [],
      },
    ];
  });

  const { near, order } = keyboardMap(boxes, links);
  const names = new Map<string, string>();
  for (const box of boxes) if (box.interactive) names.set(box.id, stepName(box, near.get(box.id)!));
  const top = opts.margin + opts.headerHeight / 2;
  const reach = Math.min(opts.columnGap / 4, opts.margin * 0.75);
  return {
    toc,
    drawn,
    fontSize: opts.fontSize,
    boxes,
    links,
    stages: drawn.columns.map((c) => ({ kind: c.kind, label: STAGE_NAMES[c.kind].many, x: c.x, width: c.width })),
    bands: drawn.columns.map((c) => ({ x: c.x - reach, y: opts.margin / 2, width: c.width + 2 * reach, height: drawn.height - opts.margin })),
    lanes: drawn.lanes.map((lane) => {
      // lanes may carry their own id and label (lanes by any key); otherwise the scope names them
      const named = lane as { lane: string; id?: string; label?: string };
      return { key: named.id ?? named.lane, label: named.label ?? laneLabel(named.lane), y: lane.y, height: lane.height };
    }),
    ...(drawn.ceilingX !== undefined ? { ceiling: { x: drawn.ceilingX, top, bottom: drawn.height - opts.margin / 2 } } : {}),
    notes,
    order,
    names,
    near,
    labels,
  };
}

function queuesById<T extends { id: string }>(items: readonly T[]): Map<string, T[]> {
  const queues = new Map<string, T[]>();
  for (const item of items) (queues.get(item.id) ?? queues.set(item.id, []).get(item.id)!).push(item);
  return queues;
}

/** A sentence continuing "…, because": a link's rationale and assumptions. */
function because(link: TocLink): string {
  const parts: string[] = [];
  if (link.rationale) parts.push(`Because: ${link.rationale.replace(/\.$/, '')}.`);
  if (link.assumptions?.length) parts.push(`Assuming: ${link.assumptions.map((a) => a.replace(/\.$/, '')).join('; ')}.`);
  return parts.join(' ');
}

/** Neighbours along links and within columns for every step, in one pass over the links. */
function keyboardMap(boxes: readonly DrawnBox[], links: readonly DrawnLink[]): { near: Map<string, Neighbours>; order: string[] } {
  const reachable = boxes.filter((b) => b.interactive);
  const byId = new Map(reachable.map((b) => [b.id, b.box] as const));
  const byPosition = (a: string, b: string) => byId.get(a)!.y - byId.get(b)!.y;
  const down = new Map<string, Set<string>>();
  const up = new Map<string, Set<string>>();
  for (const id of byId.keys()) {
    down.set(id, new Set());
    up.set(id, new Set());
  }
  for (const { link } of links) {
    if (link.from === link.to) continue;
    down.get(link.from)!.add(link.to);
    up.get(link.to)!.add(link.from);
  }
  const order = [...reachable].sort((a, b) => a.box.column - b.box.column || a.box.order - b.box.order).map((b) => b.id);
  const near = new Map<string, Neighbours>();
  order.forEach((id, i) => {
    const column = byId.get(id)!.column;
    const above = order[i - 1];
    const below = order[i + 1];
    near.set(id, {
      downstream: [...down.get(id)!].sort(byPosition),
      upstream: [...up.get(id)!].sort(byPosition),
      ...(above !== undefined && byId.get(above)!.column === column ? { above } : {}),
      ...(below !== undefined && byId.get(below)!.column === column ? { below } : {}),
    });
  });
  return { near, order };
}

/** A step's accessible name: stage, label, status, checks, and how many links lead out and in. */
function stepName(box: DrawnBox, near: Neighbours): string {
  const { node } = box;
  const status = box.status ? `${box.status.text.slice(2)}. ` : '';
  const down = near.downstream.length;
  const up = near.upstream.length;
  const links = `${down === 1 ? 'leads to 1 step' : `leads to ${down} steps`}, ${up === 1 ? '1 step leads to it' : `${up} steps lead to it`}`;
  const checks = box.checks.length > 0 ? ` To check: ${box.checks.map((c) => c.label.toLowerCase()).join('; ')}.` : '';
  return `${capitalise(STAGE_NAMES[node.kind].one)}: ${node.label}. ${status}${capitalise(links)}.${checks}`;
}
