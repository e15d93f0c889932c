import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Response } from '@nttp/domain';
import { defineInstrument } from '../instrument/define';
import { smallSpec } from '../test-support/specs';
import { compareRounds } from './compare';
import { createDisclosureLedger, DisclosureLedger } from './disclosure';
import { scoreGroup, type GroupReport } from './group';
import { scoreSubgroups } from './suppression';

const instrument = defineInstrument(smallSpec());

/** A person in `team` whose answers give scale a the score `score` (a-2 is reverse keyed). */
const person = (id: string, team: string, score: number): Response => ({
  id: `r-${id}`,
  roundId: 'round-1',
  respondentId: id,
  role: team,
  submittedOn: '2025-03-01',
  answers: { 'a-1': score, 'a-2': 6 - score, 'b-1': score },
});

// Teams A (8 people), B (7) and C (one person, whose score we try to find).
const scores = { A: [2, 3, 4, 5, 3, 4, 2, 5], B: [1, 2, 3, 4, 5, 1, 2], C: [5] };
const everyone = Object.entries(scores).flatMap(([team, list]) => list.map((score, i) => person(`${team.toLowerCase()}-${i}`, team, score)));
const secret = 5;
const total = (r: GroupReport | null) => (r && r.scales.a!.mean !== null ? r.scales.a!.mean * r.scales.a!.n : null);

describe('differencing attacks recover nothing hidden (issue 11, Found 4)', () => {
  it('the whole group minus the visible groups', () => {
    const ledger = createDisclosureLedger();
    const whole = scoreGroup(instrument, everyone, { ledger });
    const breakdown = scoreSubgroups(instrument, everyone, { ledger });
    const byKey = Object.fromEntries(breakdown.groups.map((g) => [g.key, g]));
    expect(byKey.C!.suppressed).toBe(true);
    // On main, A and B were shown, so C = whole − A − B. Now one more group is hidden as well.
    expect([byKey.A!.suppressed, byKey.B!.suppressed].filter(Boolean)).toHaveLength(1);
    const visible = breakdown.groups.filter((g) => !g.suppressed).map((g) => total(g.report)!);
    const remainder = total(whole)! - visible.reduce((x, y) => x + y, 0);
    // What is left is the total of a hidden team of 7 or 8 with C: never C's score alone.
    expect(remainder).not.toBeCloseTo(secret, 6);
    // Without a shared ledger, the breakdown still treats the whole group as published.
    expect(scoreSubgroups(instrument, everyone).groups.filter((g) => g.suppressed)).toHaveLength(2);
  });

  it('everyone minus everyone but one person', () => {
    const ledger = createDisclosureLedger();
    const all = scoreGroup(instrument, everyone, { ledger });
    const allButC = scoreGroup(instrument, everyone.filter((r) => r.role !== 'C'), { ledger });
    expect(all.scales.a!.mean).not.toBeNull();
    // On main: total(all) − total(allButC) = C's score. Now the second group is not shown at all.
    expect(allButC.suppressed).toBe(true);
    expect(total(allButC)).toBeNull();
    expect(allButC.items['a-1']!.mean).toBeNull();
    expect(allButC.scales.a!.reason).toMatch(/differs from a group already shown by too few people/);
    // The other order is refused too: whichever comes second would give C away.
    const other = createDisclosureLedger();
    expect(scoreGroup(instrument, everyone.filter((r) => r.role !== 'C'), { ledger: other }).suppressed).toBe(false);
    expect(scoreGroup(instrument, everyone, { ledger: other }).suppressed).toBe(true);
  });

  it('across compareRounds and scoreGroup calls on the same round', () => {
    const ledger = createDisclosureLedger();
    const later = everyone.map((r) => ({ ...r, id: `${r.id}-later`, roundId: 'round-2' }));
    const comparison = compareRounds(instrument, everyone, later, { ledger });
    expect(comparison.scales.a!.baseline.mean).not.toBeNull();
    const allButC = scoreGroup(instrument, everyone.filter((r) => r.role !== 'C'), { ledger }).scales.a!;
    expect(allButC.mean).toBeNull();
    expect(allButC.suppressed).toBe(true);
  });

  it('a group of exactly five shows no min, quartiles, median or max (all five scores on main)', () => {
    const five = everyone.slice(0, 5);
    const a = scoreGroup(instrument, five).scales.a!;
    expect(a.mean).not.toBeNull();
    expect([a.min, a.q1, a.median, a.q3, a.max]).toEqual([null, null, null, null, null]);
    expect(a.notes.join(' ')).toMatch(/shown from 10 people/);
    const ten = scoreGroup(instrument, everyone.slice(0, 10)).scales.a!;
    expect(ten.min).not.toBeNull();
  });

  it('scoreGroup has a minimum cell size of 5 by default, and lists no ids of withheld people', () => {
    const four = scoreGroup(instrument, everyone.slice(0, 4));
    expect(four.suppressed).toBe(true);
    expect(four.scales.a!.mean).toBeNull();
    expect(four.overall!.withheld).not.toHaveProperty('respondentIds');
    expect(four.diagnostics).toEqual({});
  });

  it('for any published groups, every derivable remainder rests on at least the minimum (property)', () => {
    // Random sequences of groups from 12 people: whatever the ledger publishes, every "atom" (people
    // in exactly the same published groups) has at least 5 people, so no subtraction isolates fewer.
    const people = Array.from({ length: 12 }, (_, p) => `p${p}`);
    fc.assert(
      fc.property(fc.array(fc.subarray(people, { minLength: 1 }), { maxLength: 6 }), (groups) => {
        const ledger = new DisclosureLedger({ minCellSize: 5 });
        const published = groups.filter((g) => ledger.publish('r', 'q', g));
        const atoms = new Map<string, number>();
        for (const p of people) {
          const key = published.map((g) => (g.includes(p) ? 1 : 0)).join('');
          if (key.includes('1')) atoms.set(key, (atoms.get(key) ?? 0) + 1);
        }
        return [...atoms.values()].every((size) => size >= 5);
      }),
    );
  });
});
