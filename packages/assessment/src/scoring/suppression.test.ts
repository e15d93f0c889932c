import { describe, expect, it } from 'vitest';
import type { Response } from '@nttp/domain';
import { defineInstrument } from '../instrument/define';
import { smallSpec } from '../test-support/specs';
import { scoreSubgroups } from './suppression';

const instrument = defineInstrument(smallSpec());
const people = (role: string | undefined, count: number, start: number): Response[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `r-${start + i}`,
    roundId: 'round-1',
    respondentId: `p-${start + i}`,
    submittedOn: '2025-03-01',
    ...(role ? { role } : {}),
    answers: { 'a-1': 1 + ((start + i) % 5), 'a-2': 3, 'b-1': i === 0 ? 'dont-know' : 4 },
  }));

describe('scoreSubgroups', () => {
  it('hides groups below the minimum, and one more when only one would be hidden', () => {
    const report = scoreSubgroups(instrument, [...people('Nurse', 6, 0), ...people('Recovery worker', 7, 10), ...people('Administrator', 2, 20), ...people('Team leader', 9, 30)]);
    const byKey = Object.fromEntries(report.groups.map((g) => [g.key, g]));
    expect(byKey.Administrator!.suppressed).toBe(true);
    expect(byKey.Administrator!.report).toBeNull();
    expect(byKey.Nurse!.suppressed).toBe(true);
    expect(byKey.Nurse!.reason).toMatch(/Hidden as well/);
    expect(byKey['Recovery worker']!.suppressed).toBe(false);
    expect(byKey['Team leader']!.report!.scales.a!.n).toBe(9);
  });

  it('never shows a statistic resting on fewer people than the minimum', () => {
    const report = scoreSubgroups(instrument, [...people('Nurse', 5, 0), ...people('Recovery worker', 5, 10)], { minCellSize: 5 });
    for (const group of report.groups) {
      const b = group.report!.scales.b!;
      expect(b.n).toBe(0);
      expect(b.mean).toBeNull();
      expect(b.suppressed).toBe(true);
      expect(b.reason).toMatch(/Fewer than 5 people/);
      expect(group.report!.scales.a!.mean).not.toBeNull();
      expect(group.report!.scales.a!.withheld).not.toHaveProperty('respondentIds');
      expect(group.report!.items['b-1']!.mean).toBeNull();
      expect(group.report!.items['a-1']!.mean).not.toBeNull();
    }
  });

  it('groups people who gave no role together, and accepts any label', () => {
    const report = scoreSubgroups(instrument, [...people(undefined, 5, 0), ...people('Nurse', 5, 10)], { by: (r) => (r.respondentId < 'p-3' ? 'early' : 'late'), minCellSize: 3 });
    expect(report.groups.map((g) => g.key)).toEqual(['early', 'late']);
    expect(scoreSubgroups(instrument, people(undefined, 5, 0)).groups[0]!.key).toBe('Not given');
  });

  it('asks for a sensible minimum', () => {
    expect(() => scoreSubgroups(instrument, [], { minCellSize: 1 })).toThrow(/at least 2/);
  });

  it("says what by can be when it is neither 'role' nor a function", () => {
    expect(() => scoreSubgroups(instrument, [], { by: 'team' as never })).toThrow("options.by: by is 'role' or a function that gives each response its subgroup label.");
  });
});
