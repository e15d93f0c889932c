import { describe, expect, it } from 'vitest';
import { defineInstrument } from '../instrument/define';
import { ALPHA_DATA } from '../test-support/reference-data';
import { scoreGroup } from './group';
import { scoreResponse } from './response';

/*
 * Reference values from R 4.2.2 Patched (2022-11-10 r83330) with psych 2.2.9, x = ALPHA_DATA
 * (columns i1 … i6, NA for null):
 *   s <- scoreItems(list(s1 = c("i1", "i2", "i3"), s2 = c("i4", "i5", "-i6")), x, impute = "none")
 *   s$alpha; s$scores[, 1]; s$scores[, 2]          (printed with sprintf("%.15g"))
 */
const R_ALPHA = [0.763384077006199, 0.875751771023007];
const R_S1 = [4, 4, 2.66666666666667, 2.66666666666667, 2.5, 4, 2.66666666666667, 2.66666666666667, 1, 2.66666666666667, 1.66666666666667, 3, 4.33333333333333, 3.66666666666667, 1, 3, 2.33333333333333, 3.33333333333333, 1.33333333333333, 1.5, 3.33333333333333, 2.66666666666667, 4.33333333333333, 2];
const R_S2 = [3.33333333333333, 2.66666666666667, 2, 3.33333333333333, 4, 4, 3.66666666666667, 2.66666666666667, 1, 1.66666666666667, 1.33333333333333, 4.33333333333333, 3, 3, 1.33333333333333, 3, 1.5, 3.33333333333333, 1.66666666666667, 1, 4.66666666666667, 3.33333333333333, 3.5, 4];

// No minimum completion, so a person is scored from whatever they answered, as scoreItems(impute = "none") does.
const instrument = defineInstrument({
  id: 'r-parity',
  version: '1.0.0',
  title: 'R parity',
  responseScales: [{ id: 'five', min: 1, max: 5 }],
  items: [1, 2, 3, 4, 5, 6].map((k) => ({ id: `i${k}`, text: `Item ${k}.`, reverse: k === 6 })),
  scales: [
    { id: 's1', title: 'Scale 1', itemIds: ['i1', 'i2', 'i3'] },
    { id: 's2', title: 'Scale 2', itemIds: ['i4', 'i5', 'i6'] },
  ],
  minCompletion: 0,
});
const responses = ALPHA_DATA.map((row, r) => ({
  id: `r-${r}`,
  roundId: 'round',
  respondentId: `p-${r}`,
  submittedOn: '2025-01-01',
  answers: Object.fromEntries(row.map((v, k) => [`i${k + 1}`, v])),
}));

describe('scores match R psych scoreItems(impute = "none")', () => {
  it('person by person', () => {
    responses.forEach((response, r) => {
      const report = scoreResponse(instrument, response);
      expect(Math.abs(report.scales.s1!.score! - R_S1[r]!)).toBeLessThan(1e-6);
      expect(Math.abs(report.scales.s2!.score! - R_S2[r]!)).toBeLessThan(1e-6);
    });
  });

  it('in the group: scale alphas and mean scores', () => {
    const report = scoreGroup(instrument, responses);
    expect(Math.abs(report.diagnostics.s1!.alpha! - R_ALPHA[0]!)).toBeLessThan(1e-6);
    expect(Math.abs(report.diagnostics.s2!.alpha! - R_ALPHA[1]!)).toBeLessThan(1e-6);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.abs(report.scales.s1!.mean! - mean(R_S1))).toBeLessThan(1e-6);
    expect(Math.abs(report.scales.s2!.mean! - mean(R_S2))).toBeLessThan(1e-6);
  });
});
