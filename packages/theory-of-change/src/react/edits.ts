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
