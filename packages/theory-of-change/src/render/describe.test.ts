import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { tocArbitrary } from '../test-utils/arbitraries';
import { describe } from './describe';
import { outline } from './outline';
import { smallToc } from '../test-utils/arbitraries';

suite('describe', () => {
  const example = exampleTheoryOfChange();
  const text = describe(example);

  it('starts with a summary and the ceiling of accountability', () => {
    expect(text.split('\n')[0]).toBe(
      'Theory of Change: Glenmoray trauma-informed practice: Theory of Change. Read from left to right, from activities to impact. It has 9 activities, 7 outputs, 5 short-term outcomes, 4 interim outcomes, 3 long-term outcomes and 2 impacts, joined by 36 links. The ceiling of accountability sits after the long-term outcomes: the programme answers for the steps up to there, and contributes to what lies beyond.',
    );
  });

  it('walks every pathway from each activity with rationales, assumptions and indicators', () => {
    expect(text).toContain("- Activity ‘Co-produce a welcome leaflet with people with lived experience’.");
    expect(text).toContain(
      "  - leads to output ‘Leaflet in use at every first appointment’, because people with lived experience know what would have helped them at the start.",
    );
    expect(text).toContain('(assuming: the NHS board agrees to review at a strategic level)');
    expect(text).toContain('Indicator: Median days from referral to first appointment (target 14 days or fewer, needs attention).');
    expect(text).toContain('its pathway is described above');
    // every step is described
    for (const node of example.nodes) expect(text).toContain(`‘${node.label}’`);
  });

  it('lists steps that no activity leads to', () => {
    const doc = smallToc(
      'part',
      'Part',
      [
        ['a', 'activity', 'Act'],
        ['s', 'short-term-outcome', 'Sooner'],
        ['l', 'long-term-outcome', 'Later'],
      ],
      [['x', 's', 'l']],
    );
    const out = describe(doc);
    expect(out).toContain('Steps no activity leads to yet:\n- Short-term outcome ‘Sooner’.\n  - leads to long-term outcome ‘Later’.');
  });

  it('mentions every step exactly once in full for random Theories of Change, cycles included', () => {
    fc.assert(
      fc.property(tocArbitrary({ maxNodes: 20, wild: true }), (toc) => {
        const tree = outline(toc);
        const full: string[] = [];
        const walk = (entries: typeof tree.pathways) => {
          for (const entry of entries) {
            if (!entry.repeated) full.push(entry.node.id);
            walk(entry.children);
          }
        };
        walk(tree.pathways);
        walk(tree.unreached);
        expect(full.sort()).toEqual([...new Set(toc.nodes.map((n) => n.id))].sort());
        expect(describe(toc).length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});
