import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Response } from '@nttp/domain';
import { defineInstrument } from '../instrument/define';
import type { InstrumentSpec } from '../instrument/spec';
import { scoreResponse } from './response';
import { scoreGroup } from './group';
import { answersNeeded } from './unit-score';

/** One scale of `size` items on a 1–5 scale, under the default rules (0.8 share, 2 items at least). */
function scaleOf(size: number, extra: Partial<InstrumentSpec> = {}) {
  const ids = Array.from({ length: size }, (_, i) => `q-${i + 1}`);
  return defineInstrument({
    id: 'completion-check',
    version: '1.0.0',
    title: 'Completion check',
    responseScales: [{ id: 'agree', min: 1, max: 5 }],
    items: ids.map((id) => ({ id, text: `Statement ${id}.` })),
    scales: [{ id: 'all', title: 'All', itemIds: ids }],
    ...extra,
  });
}
const response = (answers: Response['answers'], id = 'r-1'): Response => ({ id, roundId: 'round-1', respondentId: `p-${id}`, submittedOn: '2025-03-01', answers });

// Issue 11, finding 6.
describe('how many answers a score needs', () => {
  it('with the 0.8 default a scale of 3 or 4 items does not need every item', () => {
    expect(scoreResponse(scaleOf(4), response({ 'q-1': 4, 'q-2': 4, 'q-3': 2 })).scales.all!.score).toBeCloseTo(10 / 3, 12);
    expect(scoreResponse(scaleOf(3), response({ 'q-1': 4, 'q-2': 2 })).scales.all!.score).toBe(3);
  });

  it('rounds the share down to whole items: 0.8 of 5 is 4, of 10 is 8', () => {
    expect(answersNeeded(5, 0.8, 2)).toBe(4);
    expect(answersNeeded(10, 0.8, 2)).toBe(8);
    expect(answersNeeded(4, 0.8, 2)).toBe(3);
    expect(answersNeeded(4, 1, 2)).toBe(4);
    expect(answersNeeded(1, 0.8, 1)).toBe(1);
  });

  it('the rule is never stricter than the old share rule beyond the item minimum, and grows with the items that apply', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.constantFrom(0, 0.5, 0.75, 0.8, 0.9, 1), fc.integer({ min: 1, max: 5 }), (applicable, share, least) => {
        const needed = answersNeeded(applicable, share, least);
        expect(needed).toBeGreaterThanOrEqual(Math.max(1, least));
        // The old rule asked for answered ÷ applicable ≥ share, so the share part needs no more than that.
        expect(needed).toBeLessThanOrEqual(Math.max(least, Math.ceil(share * applicable - 1e-9), 1));
        expect(answersNeeded(applicable + 1, share, least)).toBeGreaterThanOrEqual(needed);
        if (applicable >= least) expect(needed).toBeLessThanOrEqual(applicable);
      }),
    );
  });

  it('a scale of two items needs both: the two-item minimum', () => {
    const report = scoreResponse(scaleOf(2), response({ 'q-1': 4 }));
    expect(report.scales.all!.withheld).toBe(true);
    expect(report.scales.all!.reasonCode).toBe('below-completion');
  });

  it('not applicable on 3 of 4 items leaves one answer, which is not a score at 100%', () => {
    const report = scoreResponse(scaleOf(4), response({ 'q-1': 5, 'q-2': 'not-applicable', 'q-3': 'not-applicable', 'q-4': 'not-applicable' }));
    const all = report.scales.all!;
    expect(all.score).toBeNull();
    expect(all.withheld).toBe(true);
    expect(all.reason).toContain('3 marked not applicable');
    expect(all.reason).toContain('at least 2 items');
  });

  it('not applicable still shrinks the share: 2 answers among 4 items with 2 not applicable give a score', () => {
    const report = scoreResponse(scaleOf(4), response({ 'q-1': 5, 'q-2': 3, 'q-3': 'not-applicable', 'q-4': 'not-applicable' }));
    expect(report.scales.all!.score).toBe(4);
  });

  it('a scale can set its own minimum number of items, capped at its size', () => {
    const spec = scaleOf(4);
    const strict = defineInstrument({ ...spec, id: 'strict', scales: [{ ...spec.scales[0]!, minItems: 4 }] });
    expect(scoreResponse(strict, response({ 'q-1': 4, 'q-2': 4, 'q-3': 2 })).scales.all!.withheld).toBe(true);
    const capped = defineInstrument({ ...spec, id: 'capped', minItems: 9 });
    expect(scoreResponse(capped, response({ 'q-1': 4, 'q-2': 4, 'q-3': 2, 'q-4': 2 })).scales.all!.score).toBe(3);
  });

  it('the group scorer follows the same rule as the one-person scorer', () => {
    const ins = scaleOf(4);
    const responses = [
      response({ 'q-1': 5, 'q-2': 'not-applicable', 'q-3': 'not-applicable', 'q-4': 'not-applicable' }, 'a'),
      response({ 'q-1': 4, 'q-2': 4, 'q-3': 2 }, 'b'),
      response({ 'q-1': 1, 'q-2': 2, 'q-3': 'not-applicable', 'q-4': 'not-applicable' }, 'c'),
    ];
    const group = scoreGroup(ins, responses, { fewRespondents: 1, minCellSize: 1 });
    expect(group.scales.all!.n).toBe(2);
    expect(group.scales.all!.withheld.count).toBe(1);
  });
});

describe('a band for a group that does not agree', () => {
  const bands = [
    { id: 'low', label: 'Low', from: 1, to: 3, description: 'Below the midpoint.' },
    { id: 'high', label: 'High', from: 3, to: 5, description: 'The midpoint or above.' },
  ];
  const all = (value: number, id: string) => response({ 'q-1': value, 'q-2': value, 'q-3': value, 'q-4': value }, id);

  it('a group split between 1s and 5s gets no band, and a note says why', () => {
    const split = [all(1, 'a'), all(5, 'b'), all(1, 'c'), all(5, 'd'), all(5, 'e'), all(1, 'f')];
    const stat = scoreGroup(scaleOf(4, { bands }), split).scales.all!;
    expect(stat.mean).toBe(3);
    expect(stat.rwgJ).toBe(0);
    expect(stat.band).toBeNull();
    expect(stat.notes.join(' ')).toMatch(/No band is shown .* split/);
  });

  it('a group that agrees gets its band with no note about agreement', () => {
    const together = [all(4, 'a'), all(4, 'b'), all(5, 'c'), all(4, 'd'), all(4, 'e')];
    const stat = scoreGroup(scaleOf(4, { bands }), together).scales.all!;
    expect(stat.band?.id).toBe('high');
    expect(stat.notes.join(' ')).not.toMatch(/agreement/);
  });

  it('moderate agreement keeps the band with a note to read it with care', () => {
    // Each item's answers are 2, 3, 4, 4, 5, 5 in some order: variance 1.37 against 2 for uniform answers, rwg(j) 0.65.
    const people = [[2, 4, 5, 3], [4, 2, 4, 5], [5, 4, 2, 4], [3, 5, 4, 2], [5, 3, 5, 4], [4, 5, 3, 5]];
    const stat = scoreGroup(scaleOf(4, { bands }), people.map((v, k) => response({ 'q-1': v[0]!, 'q-2': v[1]!, 'q-3': v[2]!, 'q-4': v[3]! }, `m-${k}`))).scales.all!;
    expect(stat.rwgJ).toBeGreaterThanOrEqual(0.5);
    expect(stat.rwgJ).toBeLessThan(0.7);
    expect(stat.band?.id).toBe('high');
    expect(stat.notes.join(' ')).toMatch(/moderate agreement/);
  });
});
