import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import { describe, expect, it } from 'vitest';
import { layout } from '../layout/layout';
import { keyAction } from './keyboard';
import { buildModel } from './model';

const example = exampleTheoryOfChange();
const drawn = layout(example);

describe('the drawing model', () => {
  it('matches links and boxes by id, whatever order the layout lists them in', () => {
    const shuffled = { ...drawn, links: [...drawn.links].reverse(), nodes: [...drawn.nodes].reverse() };
    const model = buildModel(example, shuffled);
    for (const item of model.links) {
      const path = drawn.links.find((l) => l.id === item.link.id)!;
      expect(item.points).toBe(path.points);
    }
    for (const item of model.boxes) expect(item.box).toBe(drawn.nodes.find((n) => n.id === item.id));
    expect(model.links).toHaveLength(36);
  });

  it('works out every step’s name and neighbours once, for the keyboard to read', () => {
    const model = buildModel(example, drawn);
    expect(model.names.size).toBe(30);
    expect(model.names.get('i-shorter-waits')).toBe('Interim outcome: Shorter waits for a first appointment. Needs attention. Leads to 2 steps, 1 step leads to it.');
    expect(model.near.get('a-welcome-leaflet')!.downstream).toEqual(['o-leaflet']);
    expect(model.order[0]).toBe(drawn.nodes.filter((n) => n.column === 0).sort((a, b) => a.order - b.order)[0]!.id);
  });

  it('reads a link’s rationale and assumptions when the keyboard follows it', () => {
    const toc = { ...example, links: example.links.map((l) => (l.from === 'a-welcome-leaflet' ? { ...l, assumptions: ['Staff have time to hand it out.'] } : l)) };
    const model = buildModel(toc, layout(toc));
    const action = keyAction(model, 'a-welcome-leaflet', { key: 'ArrowRight', shiftKey: false }, null);
    expect(action).toMatchObject({ kind: 'move', target: 'o-leaflet' });
    expect(action!.kind === 'move' && action!.message).toMatch(/Because: People with lived experience know what would have helped them at the start\. Assuming: Staff have time to hand it out\.$/);
    expect(keyAction(model, 'a-welcome-leaflet', { key: 'End', shiftKey: false }, null)).toMatchObject({ kind: 'move', target: model.order.at(-1) });
    expect(keyAction(model, 'a-welcome-leaflet', { key: 'q', shiftKey: false }, null)).toBeUndefined();
  });
});

describe('print pages', () => {
  it('keeps a drawing that fits on one page whole, and splits a wide one into even groups of whole stages', async () => {
    const { printGroups } = await import('./print');
    const narrow = buildModel(example, layout(example, { maxNodeWidth: 120, minNodeWidth: 60, columnGap: 24 }));
    expect(printGroups(narrow)).toHaveLength(1);
    const wideToc = layout(example, { maxNodeWidth: 420, minNodeWidth: 400, columnGap: 140 });
    const groups = printGroups(buildModel(example, wideToc));
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.flatMap((g) => g.stages)).toEqual(['Activities', 'Outputs', 'Short-term outcomes', 'Interim outcomes', 'Long-term outcomes', 'Impact']);
    // readable: no page wider than 1000 px × 13 px text ÷ 8 px smallest text
    for (const group of groups) expect(group.width).toBeLessThanOrEqual(1625);
    const widths = groups.map((g) => g.width);
    expect(Math.max(...widths) / Math.min(...widths)).toBeLessThan(2.5);
  });
});
