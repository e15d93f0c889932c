import { TOC_NODE_KINDS, INDICATOR_STATUSES, type TheoryOfChange, type TocLink, type TocNode } from '@nttp/domain';
import fc from 'fast-check';

const WORDS = ['staff', 'people', 'feel', 'safe', 'trust', 'training', 'support', 'welcome', 'choice', 'a', 'the', 'Ünïcode', '<b>', '&', '"quoted"', "it's", 'supercalifragilisticexpialidocious', '信任', '🙂'];

export const labelArbitrary = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((words) => words.join(' ').slice(0, 200).trim() || 'step');

export interface TocShape {
  maxNodes?: number;
  /** Allow links whose ends are missing, to themselves, and backwards. */
  wild?: boolean;
}

/** Random Theories of Change that pass the schema: any stages, links forward (and, when wild, anything). */
export function tocArbitrary({ maxNodes = 40, wild = false }: TocShape = {}): fc.Arbitrary<TheoryOfChange> {
  return fc.integer({ min: 0, max: maxNodes }).chain((n) =>
    fc
      .record({
        nodes: fc.array(
          fc.record({
            kind: fc.constantFrom(...TOC_NODE_KINDS),
            label: labelArbitrary,
            national: fc.boolean(),
            status: fc.option(fc.constantFrom(...INDICATOR_STATUSES), { nil: undefined }),
          }),
          { minLength: n, maxLength: n },
        ),
        links: fc.array(fc.record({ from: fc.nat(Math.max(0, n + (wild ? 2 : -1))), to: fc.nat(Math.max(0, n + (wild ? 2 : -1))), why: fc.boolean() }), {
          maxLength: n === 0 ? 0 : n * 2,
        }),
        ceiling: fc.option(fc.constantFrom(...TOC_NODE_KINDS), { nil: undefined }),
        swap: fc.boolean(),
      })
      .map(({ nodes, links, ceiling }) => {
        const tocNodes: TocNode[] = nodes.map((node, i) => ({
          id: `n-${i}`,
          kind: node.kind,
          label: node.label,
          scope: node.national ? 'national' : 'local',
          ...(node.status ? { indicators: [{ id: `ind-${i}`, label: 'Measure', status: node.status }] } : {}),
        }));
        const tocLinks: TocLink[] = [];
        links.forEach((link, i) => {
          const from = tocNodes[link.from];
          const to = tocNodes[link.to];
          if (!wild) {
            if (!from || !to || from === to) return;
            const [a, b] = TOC_NODE_KINDS.indexOf(from.kind) <= TOC_NODE_KINDS.indexOf(to.kind) ? [from, to] : [to, from];
            if (a.kind === b.kind && link.from > link.to) return; // keep same-stage links acyclic
            tocLinks.push({ id: `l-${i}`, from: a.id, to: b.id, ...(link.why ? { rationale: 'Because it helps.' } : {}) });
            return;
          }
          tocLinks.push({ id: `l-${i}`, from: from?.id ?? `missing-${link.from}`, to: to?.id ?? `missing-${link.to}` });
        });
        return { id: 'random-toc', title: 'A random Theory of Change', nodes: tocNodes, links: tocLinks, ...(ceiling ? { ceilingOfAccountability: ceiling } : {}) };
      }),
  );
}

type NodeRow = [id: string, kind: TocNode['kind'], label: string, scope?: TocNode['scope']];
type LinkRow = [id: string, from: string, to: string, rationale?: string];

/** A small hand-written Theory of Change for a test, from rows. */
export function smallToc(id: string, title: string, nodes: NodeRow[], links: LinkRow[]): TheoryOfChange {
  return {
    id,
    title,
    nodes: nodes.map(([nodeId, kind, label, scope = 'local']) => ({ id: nodeId, kind, label, scope })),
    links: links.map(([linkId, from, to, rationale]) => ({ id: linkId, from, to, ...(rationale ? { rationale } : {}) })),
  };
}
