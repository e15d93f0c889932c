import { TOC_NODE_KINDS, type TheoryOfChange } from '@nttp/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tocArbitrary } from '../test-utils/arbitraries';
import { layout, type TocLayout } from './layout';

/**
 * Each box's place, by id: its column, its sub-column (a stage with links inside it has several, side by
 * side) and its rank within that sub-column. Boxes of different sub-columns may shift past each other
 * vertically without any order changing, so their rank across the whole column is not compared.
 */
function places(drawn: TocLayout): Map<string, string> {
  return new Map(drawn.nodes.map((n) => [n.id, placeOf(drawn, n)]));
}

/** `column:sub-column:rank`, the sub-column counted from the left (not its x, which moves when a column widens). */
function placeOf(drawn: TocLayout, n: TocLayout['nodes'][number]): string {
  const xs = [...new Set(drawn.nodes.filter((m) => m.column === n.column).map((m) => m.x))].sort((a, b) => a - b);
  const rank = drawn.nodes.filter((m) => m.column === n.column && m.x === n.x && m.y < n.y).length;
  return `${n.column}:${xs.indexOf(n.x)}:${rank}`;
}

describe('stability under small edits (property)', () => {
  it('re-drawn from its own drawing, a Theory of Change keeps (nearly) every box in place', () => {
    // edit mode is a local search from the previous order, so it may settle a box differently where
    // lanes or long links meet (not yet a fixed point); it moves at most one box in five
    fc.assert(
      fc.property(tocArbitrary({ maxNodes: 30 }), fc.boolean(), (toc, swimlanes) => {
        const first = places(layout(toc, { swimlanes }));
        const again = places(layout(toc, { swimlanes, previous: layout(toc, { swimlanes }) }));
        const moved = [...first].filter(([id, place]) => again.get(id) !== place).length;
        expect(moved).toBeLessThanOrEqual(Math.ceil(first.size / 5));
      }),
      { numRuns: 80 },
    );
  });

  it('adding one link while editing keeps (nearly) every box of the other columns in its place', () => {
    const edit = tocArbitrary({ maxNodes: 30 }).chain((toc) =>
      fc.record({ toc: fc.constant(toc), from: fc.nat(Math.max(0, toc.nodes.length - 1)), to: fc.nat(Math.max(0, toc.nodes.length - 1)) }),
    );
    fc.assert(
      fc.property(edit, ({ toc, from, to }) => {
        const a = toc.nodes[from];
        const b = toc.nodes[to];
        if (!a || !b || TOC_NODE_KINDS.indexOf(a.kind) + 1 !== TOC_NODE_KINDS.indexOf(b.kind)) return;
        const first = layout(toc);
        const edited: TheoryOfChange = { ...toc, links: [...toc.links, { id: 'new-link', from: a.id, to: b.id }] };
        const after = layout(edited, { previous: first });
        // the two columns the new link touches may reorder; elsewhere the local search may still swap a
        // box or two where that lowers the crossings the new link brings, as in the test above: at most
        // one box in five outside the touched columns leaves its place (see placeOf)
        const touched = new Set([first.nodes[from]!.column, first.nodes[to]!.column]);
        const before = places(first);
        const now = places(after);
        const moved = toc.nodes.filter((n) => !touched.has(first.nodes.find((m) => m.id === n.id)!.column) && before.get(n.id) !== now.get(n.id));
        expect(moved.length).toBeLessThanOrEqual(Math.ceil(toc.nodes.length / 5));
      }),
      { numRuns: 60 },
    );
  });
});
