import { describe, expect, it } from 'vitest';
import type { Response } from '@nttp/domain';
import { seededRandom } from '@nttp/domain/fixtures';
import { defineInstrument } from '../instrument/define';
import { smallSpec } from '../test-support/specs';
import { cronbachAlpha } from '../psychometrics/alpha';
import { reliableChangeIndex } from '../psychometrics/rci';
import { ScoringError } from '../errors';
import { compareRounds } from './compare';
import { scoreGroup } from './group';

const instrument = defineInstrument(smallSpec());

/** People whose answers share a trait (so the items hang together), shifted by `lift` at follow-up. */
function round(roundId: string, lift: number, seed: number): Response[] {
  const random = seededRandom(seed);
  const traits = Array.from({ length: 40 }, (_, p) => ((p * 7919) % 40) / 10 - 2);
  const clamp = (x: number) => Math.max(1, Math.min(5, Math.round(x)));
  return traits.map((trait, p) => ({
    id: `${roundId}-${p}`,
    roundId,
    respondentId: `person-${p}`,
    submittedOn: '2025-03-01',
    answers: {
      'a-1': clamp(3 + trait + lift + random() - 0.5),
      'a-2': 6 - clamp(3 + trait + lift + random() - 0.5),
      'b-1': clamp(3 + trait + lift + random() - 0.5),
    },
  }));
}

const baseline = round('base', 0, 1);
const followUp = round('follow', 1.2, 2);

describe('compareRounds', () => {
  const report = compareRounds(instrument, baseline, followUp);

  it('uses alpha of the unit at baseline as reliability, and the baseline SD', () => {
    const a = report.scales.a!;
    const keyed = baseline.map((r) => [r.answers['a-1'] as number, 6 - (r.answers['a-2'] as number)]);
    const alpha = cronbachAlpha(keyed).alpha!;
    expect(a.reliabilitySource).toBe('baseline-alpha');
    expect(a.reliability).toBeCloseTo(alpha, 12);
    const group = scoreGroup(instrument, baseline, { diagnostics: false }).scales.a!;
    const expected = reliableChangeIndex({ before: group.mean!, after: a.followUp.mean!, sd: group.sd!, reliability: alpha });
    expect(a.rci!.rci).toBeCloseTo(expected.rci, 12);
    expect(a.change).toBeCloseTo(a.followUp.mean! - a.baseline.mean!, 12);
    expect(a.beyondNoise).toBe(true);
    expect(a.people!.matched).toBe(40);
    expect(a.people!.up + a.people!.down + a.people!.noReliableChange).toBe(40);
    expect(report.instrument.id).toBe('team-check');
  });

  it('cannot estimate reliability for a one-item scale, and says so', () => {
    expect(report.scales.b!.beyondNoise).toBeNull();
    expect(report.scales.b!.reason).toMatch(/could not be estimated/);
    const given = compareRounds(instrument, baseline, followUp, { reliability: { b: 0.7 } }).scales.b!;
    expect(given.reliabilitySource).toBe('given');
    expect(typeof given.beyondNoise).toBe('boolean');
    expect(given.rci!.seDiff).toBeCloseTo(given.baseline.sd! * Math.SQRT2 * Math.sqrt(0.3), 12);
  });

  it('explains a change in plain words', async () => {
    const { explainChange } = await import('./explain');
    const text = explainChange(report.scales.a!);
    expect(text).toMatch(/^Team A: baseline mean \d\.\d\d \(40 people\), follow-up mean \d\.\d\d \(40 people\)\./);
    expect(text).toContain("Cronbach's alpha of the baseline answers");
    expect(text).toContain('beyond noise');
    expect(explainChange(report.scales.b!)).toContain('could not be estimated');
  });

  it('calls no change no change', () => {
    const same = compareRounds(instrument, baseline, baseline);
    expect(same.overall!.change).toBe(0);
    expect(same.overall!.beyondNoise).toBe(false);
    expect(same.overall!.people!.noReliableChange).toBe(same.overall!.people!.matched);
  });

  it('names problems in both rounds at once, by round', () => {
    try {
      compareRounds(instrument, [{ ...baseline[0], submittedOn: 'soon' }], [{ ...followUp[0], answers: { 'a-1': 8 } }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScoringError);
      expect((error as ScoringError).issues.map((i) => i.where)).toEqual(['baseline[0].submittedOn', 'followUp[0].answers["a-1"]']);
    }
  });

  it('refuses rounds answered with another instrument', () => {
    const other = { id: 'round-1', pathfinderId: 'p', label: 'Baseline', kind: 'baseline', instrumentId: 'something-else', instrumentVersion: '1.2.0', openedOn: '2025-01-01' };
    expect(() => compareRounds(instrument, baseline, followUp, { baselineRound: other })).toThrow(/answered with something-else/);
  });
});
