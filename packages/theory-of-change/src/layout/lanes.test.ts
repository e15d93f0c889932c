import { THEMES, type TheoryOfChange } from '@nttp/domain';
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TheoryOfChangeError } from '../errors';
import { tocArbitrary } from '../test-utils/arbitraries';
import { layout, type TocLayout } from './layout';
import type { LayoutOptions } from './options';

/** Gives every step a theme, cycling through the nine (some steps get none). */
function withThemes(toc: TheoryOfChange, pick: (i: number) => number): TheoryOfChange {
  return {
    ...toc,
    nodes: toc.nodes.map(({ themeIds: _, ...node }, i) => (pick(i) < 0 ? node : { ...node, themeIds: [THEMES[pick(i) % THEMES.length]!.id] })),
  };
}

/** Every box lies inside the band of its lane, bands follow one another without overlapping, in order. */
function expectContiguousLanes(toc: TheoryOfChange, drawn: TocLayout, laneOf: (i: number) => string): void {
  const bands = new Map(drawn.lanes.map((lane) => [lane.id, lane]));
  expect(new Set(toc.nodes.map((_, i) => laneOf(i)))).toEqual(new Set(bands.keys()));
  toc.nodes.forEach((_, i) => {
    const box = drawn.nodes[i]!;
    const band = bands.get(laneOf(i))!;
    expect(box.lane).toBe(band.id);
    expect(box.y).toBeGreaterThanOrEqual(band.y);
    expect(box.y + box.height).toBeLessThanOrEqual(band.y + band.height + 0.01);
  });
  for (let k = 1; k < drawn.lanes.length; k++) expect(drawn.lanes[k]!.y).toBeGreaterThanOrEqual(drawn.lanes[k - 1]!.y + drawn.lanes[k - 1]!.height - 0.01);
  for (const lane of drawn.lanes) expect(lane.y + lane.height).toBeLessThanOrEqual(drawn.height + 0.01);
}

describe('lanes', () => {
  const example = exampleTheoryOfChange();

  it('draws the nine themes as labelled bands, each step in the band of its first theme', () => {
    const doc = withThemes(example, (i) => i);
    const drawn = layout(doc, { lanes: { by: 'theme' } });
    expect(drawn.lanes).toHaveLength(9);
    expect(new Set(drawn.lanes.map((l) => l.label))).toEqual(new Set(THEMES.map((t) => t.name)));
    expectContiguousLanes(doc, drawn, (i) => doc.nodes[i]!.themeIds![0]!);
  });

  it('keeps the order asked for, and puts steps without a theme in a band of their own', () => {
    const doc = withThemes(example, (i) => (i % 4 === 3 ? -1 : i % 3));
    const order = [THEMES[2]!.id, THEMES[0]!.id];
    const drawn = layout(doc, { lanes: { by: 'theme', order } });
    expect(drawn.lanes.map((l) => l.id)).toEqual([THEMES[2]!.id, THEMES[0]!.id, THEMES[1]!.id, 'no-theme']);
    expect(drawn.lanes[3]!.label).toBe('No theme');
    expectContiguousLanes(doc, drawn, (i) => doc.nodes[i]!.themeIds?.[0] ?? 'no-theme');
  });

  it('takes lanes from any key, with labels, and keeps scope lanes local above national', () => {
    const team = (i: number) => ['north', 'south', 'east'][i % 3]!;
    const byTeam = layout(example, { lanes: { by: (node) => team(example.nodes.findIndex((n) => n.id === node.id)), labels: { north: 'North team' } } });
    expect(byTeam.lanes.map((l) => l.label).sort()).toEqual(['North team', 'east', 'south']);
    expectContiguousLanes(example, byTeam, team);
    const byScope = layout(example, { lanes: { by: 'scope' } });
    expect(byScope.lanes.map((l) => [l.id, l.label])).toEqual([
      ['local', 'Local'],
      ['national', 'National'],
    ]);
    expect(layout(example, { swimlanes: true }).lanes).toEqual(byScope.lanes);
  });

  it('orders the lanes so that lanes linked to each other sit side by side', () => {
    // two pathways, each in its own pair of themes: the pairs should end up next to each other
    const doc: TheoryOfChange = {
      id: 'pairs',
      title: 'Pairs',
      nodes: [0, 1, 2, 3].flatMap((t) =>
        (['activity', 'output'] as const).map((kind, k) => ({ id: `${t}-${k}`, kind, label: `Step ${t}${k}`, scope: 'local' as const, themeIds: [THEMES[[0, 1, 2, 3][t]!]!.id] })),
      ),
      links: [
        { id: 'a', from: '0-0', to: '2-1' },
        { id: 'b', from: '2-0', to: '0-1' },
        { id: 'c', from: '1-0', to: '3-1' },
        { id: 'd', from: '3-0', to: '1-1' },
      ],
    };
    const place = (drawn: TocLayout, theme: number) => drawn.lanes.findIndex((l) => l.id === THEMES[theme]!.id);
    const free = layout(doc, { lanes: { by: 'theme' } });
    expect(Math.abs(place(free, 0) - place(free, 2))).toBe(1);
    expect(Math.abs(place(free, 1) - place(free, 3))).toBe(1);
    const fixed = layout(doc, { lanes: { by: 'theme', order: THEMES.map((t) => t.id) } });
    expect(free.crossings).toBeLessThan(fixed.crossings);
  });

  it('answers a lanes option it cannot use with calm, named issues', () => {
    const attempt = (lanes: unknown) => () => layout(example, { lanes } as LayoutOptions);
    expect(attempt({ by: 'colour' })).toThrow(TheoryOfChangeError);
    try {
      attempt({ by: 'theme', order: [3] })();
    } catch (error) {
      expect((error as TheoryOfChangeError).issues.map((i) => i.where)).toEqual(['lanes.order[0]']);
      expect((error as TheoryOfChangeError).issues[0]!.message).toBe('Each lane in lanes.order should be text.');
    }
  });
});

describe('lane properties on random Theories of Change', () => {
  const arbitrary = fc.tuple(tocArbitrary({ maxNodes: 30 }), fc.array(fc.integer({ min: -1, max: 8 }), { minLength: 30, maxLength: 30 }));

  it('keeps every lane one contiguous band, boxes inside it, the same drawing every time', () => {
    fc.assert(
      fc.property(arbitrary, fc.boolean(), ([toc, themes], fixedOrder) => {
        const doc = withThemes(toc, (i) => themes[i]!);
        const options: LayoutOptions = { lanes: { by: 'theme', ...(fixedOrder ? { order: THEMES.map((t) => t.id) } : {}) } };
        const drawn = layout(doc, options);
        if (doc.nodes.length > 0) expectContiguousLanes(doc, drawn, (i) => doc.nodes[i]!.themeIds?.[0] ?? 'no-theme');
        else expect(drawn.lanes).toEqual([]);
        expect(layout(structuredClone(doc), options)).toEqual(drawn);
      }),
      { numRuns: 60 },
    );
  });
});
