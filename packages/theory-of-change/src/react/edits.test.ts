import { TheoryOfChangeSchema } from '@nttp/domain';
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addLink, addStep, freeId, relabelStep, removeLink, removeStep } from './edits';

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
