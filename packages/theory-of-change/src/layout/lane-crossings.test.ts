import { THEMES, type TheoryOfChange, type ThemeId } from '@nttp/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tocShapedGraph, TUNING_SHAPE } from '../../bench/graphs';
import { tocArbitrary } from '../test-utils/arbitraries';
import { assignLanes, reorderLanes } from './lanes';
import { layout, type TocLayout } from './layout';
import { resolveLayoutOptions } from './options';

const themed = { indicators: false, lanes: { by: 'theme' as const } };

/** The top and bottom of the bands of a link's two ends: where the whole link should stay. */
function endBands(drawn: TocLayout, from: string, to: string): { top: number; bottom: number } {
  const band = (id: string) => drawn.lanes.find((lane) => lane.id === drawn.nodes.find((n) => n.id === id)!.lane)!;
  const [a, b] = [band(from), band(to)];
  return { top: Math.min(a.y, b.y), bottom: Math.max(a.y + a.height, b.y + b.height) };
}

describe('lane-aware crossing reduction', () => {
  it('keeps nine-theme lanes under 1.45 times the crossings of the same graphs without lanes', () => {
    // seeded ToC-shaped graphs (seeds other than the bench's), summed so one graph cannot decide it
    let none = 0;
    let lanes = 0;
    for (const [size, seed] of [[50, 1], [50, 2], [50, 3], [50, 4], [100, 5], [100, 6]] as const) {
      const toc = tocShapedGraph(size, seed, TUNING_SHAPE);
      none += layout(toc, { indicators: false }).crossings;
      lanes += layout(toc, themed).crossings;
    }
    // 1.48 before lane-aware ordering; the aim of 1.25 is not reached yet (see the bench)
    expect(lanes).toBeLessThanOrEqual(1.45 * none);
  });

  it('lets a long link change lane at the stage gap where that crosses nothing', () => {
    // lanes fixed top to bottom A, B, C; the long link runs from A's activity to C's outcome; B has links
    // only between outputs and outcomes (and none from activities), so the link should change lanes before the outputs, not after
    const step = (id: string, kind: 'activity' | 'output' | 'short-term-outcome', lane: ThemeId) => ({ id, kind, label: id, scope: 'local' as const, themeIds: [lane] });
    const [a, b, c] = THEMES.map((t) => t.id);
    const doc: TheoryOfChange = {
      id: 'long',
      title: 'A long link across a busy lane',
      nodes: [
        step('a1', 'activity', a!),
        step('a2', 'output', a!),
        step('b2', 'output', b!),
        step('b3', 'short-term-outcome', b!),
        step('b4', 'output', b!),
        step('b5', 'short-term-outcome', b!),
        step('c1', 'short-term-outcome', c!),
      ],
      links: [
        { id: 'long', from: 'a1', to: 'c1' },
        { id: 'a', from: 'a1', to: 'a2' },
        { id: 'b1', from: 'b2', to: 'b3' },
        { id: 'b2', from: 'b4', to: 'b5' },
      ],
    };
    const drawn = layout(doc, { lanes: { by: 'theme', order: [a!, b!, c!] } });
    expect(drawn.lanes.map((l) => l.id)).toEqual([a, b, c]);
    expect(drawn.crossings).toBe(0);
  });
  it('orders many lanes (twenty teams) by sifting alone, each still one band', () => {
    const toc = tocShapedGraph(100, 7, TUNING_SHAPE);
    const team = (id: string) => `team-${toc.nodes.findIndex((n) => n.id === id) % 20}`;
    const drawn = layout(toc, { indicators: false, lanes: { by: (node) => team(node.id) } });
    expect(drawn.lanes).toHaveLength(20);
    for (const node of drawn.nodes) {
      const band = drawn.lanes.find((lane) => lane.id === team(node.id))!;
      expect(node.y).toBeGreaterThanOrEqual(band.y);
      expect(node.y + node.height).toBeLessThanOrEqual(band.y + band.height + 0.01);
    }
  });
  it('offers a few other lane orders to try, each a reordering that keeps every step in its lane', () => {
    const toc = tocShapedGraph(50, 11, TUNING_SHAPE);
    const plan = assignLanes(toc, resolveLayoutOptions({ lanes: { by: 'theme' } }))!;
    expect(plan.alternatives.length).toBeGreaterThan(0);
    const laneOf = (p: typeof plan, i: number) => p.lanes[p.of[i]!]!.id;
    for (const order of plan.alternatives) {
      expect([...order].sort((a, b) => a - b)).toEqual(plan.lanes.map((_, i) => i));
      const other = reorderLanes(plan, order);
      expect(other.lanes.map((l) => l.id)).toEqual(order.map((k) => plan.lanes[k]!.id));
      toc.nodes.forEach((_, i) => expect(laneOf(other, i)).toBe(laneOf(plan, i)));
    }
    // an order asked for is kept as it is
    expect(assignLanes(toc, resolveLayoutOptions({ lanes: { by: 'theme', order: [] } }))!.alternatives).toEqual([]);
  });
});

describe('lanes on random Theories of Change (property)', () => {
  const arbitrary = fc.tuple(tocArbitrary({ maxNodes: 30 }), fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 30, maxLength: 30 }), fc.boolean());

  it('keeps each lane one band, every box inside its band and every link between its ends’ bands', () => {
    fc.assert(
      fc.property(arbitrary, ([toc, keys, byFunction]) => {
        const laneOf = (id: string) => `team-${keys[toc.nodes.findIndex((n) => n.id === id)]! % 5}`;
        const doc: TheoryOfChange = { ...toc, nodes: toc.nodes.map((node, i) => ({ ...node, themeIds: [THEMES[keys[i]!]!.id] })) };
        const drawn = layout(doc, byFunction ? { lanes: { by: (node) => laneOf(node.id) } } : { lanes: { by: 'theme' } });
        const want = (id: string) => (byFunction ? laneOf(id) : doc.nodes.find((n) => n.id === id)!.themeIds![0]!);
        // one band per lane, in order, not overlapping
        expect(new Set(drawn.lanes.map((l) => l.id)).size).toBe(drawn.lanes.length);
        for (let k = 1; k < drawn.lanes.length; k++) expect(drawn.lanes[k]!.y).toBeGreaterThanOrEqual(drawn.lanes[k - 1]!.y + drawn.lanes[k - 1]!.height - 0.01);
        for (const node of drawn.nodes) {
          const band = drawn.lanes.find((lane) => lane.id === node.lane)!;
          expect(node.lane).toBe(want(node.id));
          expect(node.y).toBeGreaterThanOrEqual(band.y - 0.01);
          expect(node.y + node.height).toBeLessThanOrEqual(band.y + band.height + 0.01);
        }
        for (const link of drawn.links) {
          if (link.from === link.to) continue;
          const { top, bottom } = endBands(drawn, link.from, link.to);
          for (const point of link.points) {
            expect(point.y).toBeGreaterThanOrEqual(top - 0.01);
            expect(point.y).toBeLessThanOrEqual(bottom + 0.01);
          }
        }
      }),
      { numRuns: 80 },
    );
  });
});
