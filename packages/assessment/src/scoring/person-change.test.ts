import { describe, expect, it } from 'vitest';
import { defineInstrument } from '../instrument/define';
import { smallSpec } from '../test-support/specs';
import { reliableChangeIndex } from '../psychometrics/rci';
import { ScoringError } from '../errors';
import { compareResponses } from './person-change';

const instrument = defineInstrument(smallSpec());
const response = (id: string, respondentId: string, answers: Record<string, unknown>) => ({ id, roundId: 'round-1', respondentId, submittedOn: '2025-03-01', answers });

describe('compareResponses: the reliable change index, for one person', () => {
  const before = response('r-1', 'p-1', { 'a-1': 2, 'a-2': 4, 'b-1': 3 });
  const after = response('r-2', 'p-1', { 'a-1': 5, 'a-2': 1, 'b-1': 'dont-know' });

  it('gives each unit Jacobson & Truax\'s index, with the √2', () => {
    const report = compareResponses(instrument, before, after, { reliability: 0.8, sd: { a: 0.7, overall: 0.6, leadership: 0.7 } });
    expect(report.scales.a!.rci).toEqual(reliableChangeIndex({ before: 2, after: 5, sd: 0.7, reliability: 0.8 }));
    expect(report.scales.a!.rci!.seDiff).toBeCloseTo(0.7 * Math.SQRT2 * Math.sqrt(0.2), 12);
    expect(report.scales.b!.rci).toBeNull();
    expect(report.scales.b!.reason).toMatch(/no score after/);
    expect(report.principles.safety!.reason).toMatch(/Give a standard deviation for Safety \(unit id "safety"\)/);
  });

  it('compares one person with themselves only', () => {
    expect(() => compareResponses(instrument, before, { ...after, respondentId: 'p-2' }, { reliability: 0.8, sd: 1 })).toThrow(ScoringError);
  });
});
