import type { TheoryOfChange, TocNode } from '@nttp/domain';

/** A free id made from `text`: lower-case words joined by hyphens, numbered when already taken. */
export function freeId(text: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function addStep(toc: TheoryOfChange, step: Pick<TocNode, 'kind' | 'label' | 'scope'>): { toc: TheoryOfChange; id: string } {
  const id = freeId(step.label, new Set(toc.nodes.map((n) => n.id)), 'step');
  return { toc: { ...toc, nodes: [...toc.nodes, { id, kind: step.kind, label: step.label.trim(), scope: step.scope }] }, id };
}

export function relabelStep(toc: TheoryOfChange, id: string, label: string): TheoryOfChange {
  return { ...toc, nodes: toc.nodes.map((n) => (n.id === id ? { ...n, label: label.trim() } : n)) };
}

export function removeStep(toc: TheoryOfChange, id: string): TheoryOfChange {
  return { ...toc, nodes: toc.nodes.filter((n) => n.id !== id), links: toc.links.filter((l) => l.from !== id && l.to !== id) };
}

export function addLink(toc: TheoryOfChange, from: string, to: string, rationale?: string): { toc: TheoryOfChange; id: string } {
  const taken = new Set(toc.links.map((l) => l.id));
  let n = toc.links.length + 1;
  while (taken.has(`link-${n}`)) n++;
  const id = `link-${n}`;
  const why = rationale?.trim();
  return { toc: { ...toc, links: [...toc.links, { id, from, to, ...(why ? { rationale: why } : {}) }] }, id };
}

export function removeLink(toc: TheoryOfChange, id: string): TheoryOfChange {
  return { ...toc, links: toc.links.filter((l) => l.id !== id) };
}

/** Moves a step to another stage or scope; its links stay (validate() says if one now runs backwards). */
export function changeStep(toc: TheoryOfChange, id: string, change: Partial<Pick<TocNode, 'kind' | 'scope'>>): TheoryOfChange {
  return { ...toc, nodes: toc.nodes.map((n) => (n.id === id ? { ...n, ...change } : n)) };
}

/** Sets a link's rationale and assumptions; empty text and blank assumptions are left out. */
export function updateLink(toc: TheoryOfChange, id: string, change: { rationale: string; assumptions: readonly string[] }): TheoryOfChange {
  const rationale = change.rationale.trim();
  const assumptions = change.assumptions.map((a) => a.trim()).filter(Boolean);
  return {
    ...toc,
    links: toc.links.map((l) => {
      if (l.id !== id) return l;
      const { rationale: _r, assumptions: _a, ...rest } = l;
      return { ...rest, ...(rationale ? { rationale } : {}), ...(assumptions.length > 0 ? { assumptions } : {}) };
    }),
  };
}

type Indicator = NonNullable<TocNode['indicators']>[number];
export type IndicatorFields = { label: string; target?: string; status?: Indicator['status'] };

function indicatorOf(id: string, fields: IndicatorFields): Indicator {
  const target = fields.target?.trim();
  return { id, label: fields.label.trim(), ...(target ? { target } : {}), ...(fields.status ? { status: fields.status } : {}) };
}

function withIndicators(toc: TheoryOfChange, nodeId: string, change: (list: Indicator[]) => Indicator[]): TheoryOfChange {
  return {
    ...toc,
    nodes: toc.nodes.map((n) => {
      if (n.id !== nodeId) return n;
      const { indicators: _old, ...rest } = n;
      const next = change(n.indicators ?? []);
      return next.length > 0 ? { ...rest, indicators: next } : rest;
    }),
  };
}

/** Adds an indicator to a step, with an id free across the whole Theory of Change. */
export function addIndicator(toc: TheoryOfChange, nodeId: string, fields: IndicatorFields): { toc: TheoryOfChange; id: string } {
  const taken = new Set(toc.nodes.flatMap((n) => (n.indicators ?? []).map((i) => i.id)));
  const id = freeId(`${nodeId}-${fields.label}`, taken, 'indicator');
  return { toc: withIndicators(toc, nodeId, (list) => [...list, indicatorOf(id, fields)]), id };
}

export function updateIndicator(toc: TheoryOfChange, nodeId: string, id: string, fields: IndicatorFields): TheoryOfChange {
  return withIndicators(toc, nodeId, (list) => list.map((i) => (i.id === id ? indicatorOf(id, fields) : i)));
}

export function removeIndicator(toc: TheoryOfChange, nodeId: string, id: string): TheoryOfChange {
  return withIndicators(toc, nodeId, (list) => list.filter((i) => i.id !== id));
}
