import { TheoryOfChangeSchema } from '@nttp/domain';
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addIndicator, addLink, addStep, changeStep, freeId, relabelStep, removeIndicator, removeLink, removeStep, updateIndicator, updateLink } from './edits';

describe('edits', () => {
  it('makes ids from labels that the schema accepts, numbered when taken', () => {
    expect(freeId("Introduce 'This is me' — at first contact", new Set(), 'step')).toBe('introduce-this-is-me-at-first-contact');
    expect(freeId('Staff', new Set(['staff', 'staff-2']), 'step')).toBe('staff-3');
    expect(freeId('信任', new Set(), 'step')).toBe('step');
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.array(fc.string(), { maxLength: 5 }), (label, taken) => {
        const id = freeId(label, new Set(taken), 'step');
        expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,79}$/);
        expect(taken).not.toContain(id);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the document valid through any sequence of edits', () => {
    const kinds = ['activity', 'output', 'short-term-outcome', 'interim-outcome', 'long-term-outcome', 'impact'] as const;
    const edit = fc.oneof(
      fc.record({ op: fc.constant('add' as const), label: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0), kind: fc.constantFrom(...kinds) }),
      fc.record({ op: fc.constant('link' as const), a: fc.nat(40), b: fc.nat(40) }),
      fc.record({ op: fc.constant('remove' as const), a: fc.nat(40) }),
      fc.record({ op: fc.constant('unlink' as const), a: fc.nat(60) }),
      fc.record({ op: fc.constant('rename' as const), a: fc.nat(40), label: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        let toc = exampleTheoryOfChange();
        for (const e of edits) {
          const node = (i: number) => toc.nodes[i % Math.max(1, toc.nodes.length)];
          if (e.op === 'add') toc = addStep(toc, { kind: e.kind, label: e.label, scope: 'local' }).toc;
          else if (e.op === 'link' && node(e.a) && node(e.b)) toc = addLink(toc, node(e.a)!.id, node(e.b)!.id).toc;
          else if (e.op === 'remove' && node(e.a)) toc = removeStep(toc, node(e.a)!.id);
          else if (e.op === 'unlink' && toc.links.length > 0) toc = removeLink(toc, toc.links[e.a % toc.links.length]!.id);
          else if (e.op === 'rename' && node(e.a)) toc = relabelStep(toc, node(e.a)!.id, e.label);
        }
        expect(TheoryOfChangeSchema.safeParse(toc).success).toBe(true);
        const ids = new Set(toc.nodes.map((n) => n.id));
        expect(ids.size).toBe(toc.nodes.length);
        expect(new Set(toc.links.map((l) => l.id)).size).toBe(toc.links.length);
        for (const link of toc.links) expect(ids.has(link.from) && ids.has(link.to)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('edits to stages, links and indicators', () => {
  const example = exampleTheoryOfChange();
  const valid = (toc: unknown) => expect(TheoryOfChangeSchema.safeParse(toc).success).toBe(true);

  it('changes a step’s stage and scope, keeping its links', () => {
    const next = changeStep(example, 'o-leaflet', { kind: 'short-term-outcome', scope: 'national' });
    expect(next.nodes.find((n) => n.id === 'o-leaflet')).toMatchObject({ kind: 'short-term-outcome', scope: 'national' });
    expect(next.links).toEqual(example.links);
    valid(next);
  });

  it('sets a link’s rationale and assumptions, and leaves empty ones out', () => {
    const id = example.links[0]!.id;
    const next = updateLink(example, id, { rationale: '  Because it helps. ', assumptions: ['Staff have time.', '  ', ' Managers agree. '] });
    expect(next.links[0]).toMatchObject({ rationale: 'Because it helps.', assumptions: ['Staff have time.', 'Managers agree.'] });
    const cleared = updateLink(next, id, { rationale: '', assumptions: [] });
    expect(cleared.links[0]).not.toHaveProperty('rationale');
    expect(cleared.links[0]).not.toHaveProperty('assumptions');
    valid(next);
    valid(cleared);
  });

  it('adds, changes and removes indicators with ids of their own', () => {
    const added = addIndicator(example, 'l-national-workforce', { label: 'Staff trained across Scotland', target: '80% by 2027' });
    const node = () => added.toc.nodes.find((n) => n.id === 'l-national-workforce')!;
    expect(node().indicators).toEqual([{ id: added.id, label: 'Staff trained across Scotland', target: '80% by 2027' }]);
    valid(added.toc);
    const changed = updateIndicator(added.toc, 'l-national-workforce', added.id, { label: 'Staff trained', target: '', status: 'on-track' });
    expect(changed.nodes.find((n) => n.id === 'l-national-workforce')!.indicators).toEqual([{ id: added.id, label: 'Staff trained', status: 'on-track' }]);
    const removed = removeIndicator(changed, 'l-national-workforce', added.id);
    expect(removed.nodes.find((n) => n.id === 'l-national-workforce')).not.toHaveProperty('indicators');
    valid(removed);
    const second = addIndicator(added.toc, 'l-national-workforce', { label: 'Staff trained across Scotland' });
    expect(second.id).not.toBe(added.id);
  });
});
