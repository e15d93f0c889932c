import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Response } from '@nttp/domain';
import { defineInstrument } from '../instrument/define';
import { ScoringError } from '../errors';
import { smallSpec } from '../test-support/specs';
import { scoreResponse } from './response';
import { explainScore } from './explain';

const instrument = defineInstrument(smallSpec());
const response = (answers: Response['answers']): Response => ({ id: 'r-1', roundId: 'round-1', respondentId: 'p-1', submittedOn: '2025-03-01', answers });

describe('scoreResponse', () => {
  it('scores each scale, theme, principle and cell, turning reverse-keyed answers round', () => {
    const report = scoreResponse(instrument, response({ 'a-1': 4, 'a-2': 2, 'b-1': 5 }));
    expect(report.instrument).toEqual({ id: 'team-check', version: '1.2.0', title: 'Team check' });
    expect(report.scales.a!.score).toBe(4); // 4 and 6 − 2 = 4
    expect(report.scales.b!.score).toBe(5);
    // Overall: weighted mean (4×1 + 4×1 + 5×2) / 4 = 4.5.
    expect(report.overall!.score).toBe(4.5);
    expect(report.themes.leadership!.score).toBe(4);
    expect(report.principles.trust!.score).toBeCloseTo((4 + 10) / 3, 12);
    expect(report.matrix['service-design']!.choice!.score).toBe(5);
    expect(report.overall!.band!.id).toBe('high');
    expect(report.scales.a!.items[1]).toEqual({ itemId: 'a-2', answer: 2, status: 'answered', scored: 4, weight: 1, reversed: true });
  });

  it('keeps not applicable, don\'t know and skipped apart', () => {
    const report = scoreResponse(instrument, response({ 'a-1': 'not-applicable', 'a-2': 3, 'b-1': 'dont-know' }));
    const a = report.scales.a!;
    expect(a.applicable).toBe(1);
    expect(a.answered).toBe(1);
    // Not applicable shrinks the share's denominator, never the two-item minimum (issue 11, finding 6).
    expect(a.score).toBeNull();
    expect(a.minItems).toBe(2);
    expect(a.items.map((i) => i.status)).toEqual(['not-applicable', 'answered']);
    const oneItemEnough = defineInstrument({ ...smallSpec(), minItems: 1 });
    expect(scoreResponse(oneItemEnough, response({ 'a-1': 'not-applicable', 'a-2': 3 })).scales.a!.score).toBe(3);
    expect(report.scales.b!.withheld).toBe(true);
    expect(report.scales.b!.reasonCode).toBe('no-answers');
    expect(scoreResponse(instrument, response({ 'a-1': 'skipped', 'a-2': 3 })).scales.a!.items[0]!.status).toBe('skipped');
  });

  it('withholds a score below its minimum completion, and says why', () => {
    const report = scoreResponse(instrument, response({ 'a-1': 5, 'b-1': 5 }));
    const a = report.scales.a!;
    expect(a.withheld).toBe(true);
    expect(a.score).toBeNull();
    expect(a.band).toBeNull();
    expect(a.reason).toMatch(/1 of 2 applicable items in Team A were answered\. A score needs 2 answered items here \(80% of those that apply, rounded down, and at least 2\)/);
    // The overall score has 3 items: 0.8 of 3 rounded down is 2, so 2 answers give it a score.
    expect(report.overall!.withheld).toBe(false);
  });

  it('says when every item is not applicable', () => {
    const report = scoreResponse(instrument, response({ 'a-1': 'not-applicable', 'a-2': 'not-applicable' }));
    expect(report.scales.a!.reasonCode).toBe('nothing-applicable');
  });

  it('counts not applicable as missing when the instrument says so', () => {
    const strict = defineInstrument({ ...smallSpec(), notApplicable: 'count-as-missing' });
    const report = scoreResponse(strict, response({ 'a-1': 'not-applicable', 'a-2': 3 }));
    expect(report.scales.a!.withheld).toBe(true);
    expect(report.scales.a!.applicable).toBe(2);
  });

  it('reads numeric missing codes', () => {
    const coded = defineInstrument({ ...smallSpec(), missingCodes: { dontKnow: [9, 'dont-know'] } });
    const report = scoreResponse(coded, response({ 'a-1': 9, 'a-2': 3 }));
    expect(report.scales.a!.items[0]!.status).toBe('dont-know');
  });

  it('refuses answers off the scale instead of guessing', () => {
    expect(() => scoreResponse(instrument, response({ 'a-1': 7 }))).toThrow(ScoringError);
    try {
      scoreResponse(instrument, response({ 'a-1': 2.5 }));
    } catch (error) {
      expect((error as ScoringError).issues[0]).toMatchObject({ where: 'answers["a-1"]', code: 'off-scale' });
    }
  });

  it('notes answers to items the instrument does not have', () => {
    expect(scoreResponse(instrument, response({ 'a-1': 3, 'a-2': 3, 'z-9': 1 })).notes[0]).toMatch(/z-9/);
  });

  it('names problems in the response document', () => {
    expect(() => scoreResponse(instrument, { id: 'R 1', answers: {} })).toThrow(ScoringError);
  });

  it('refuses a round answered with another version', () => {
    const round = { id: 'round-1', pathfinderId: 'p', label: 'Baseline', kind: 'baseline', instrumentId: 'team-check', instrumentVersion: '1.0.0', openedOn: '2025-01-01' };
    expect(() => scoreResponse(instrument, response({}), { round })).toThrow(/answered with team-check version 1\.0\.0/);
  });

  it('asks for a real score to explain', () => {
    expect(() => explainScore({ unit: {} } as never)).toThrow(ScoringError);
  });

  it('explains a score item by item', () => {
    const text = explainScore(scoreResponse(instrument, response({ 'a-1': 4, 'a-2': 2 })).scales.a!);
    expect(text).toContain('Team A: 4 (High), the mean of 2 answers from 2 applicable items (100% complete).');
    expect(text).toContain('- a-2: answered 2; reverse keyed, counted as 4.');
    const withheld = explainScore(scoreResponse(instrument, response({ 'a-1': 4, 'a-2': 'dont-know' })).scales.a!);
    expect(withheld).toMatch(/Team A: no score\. 1 of 2/);
    expect(withheld).toContain("- a-2: answered \"dont-know\"; don't know, so counted as missing.");
  });
});

const answerArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom('not-applicable' as const, 'dont-know' as const, 'skipped' as const, null) },
);
const answersArb = fc.record({ 'a-1': answerArb, 'a-2': answerArb, 'b-1': answerArb }, { requiredKeys: [] });

describe('scoreResponse properties', () => {
  it('every score stays inside the scale', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const report = scoreResponse(instrument, response(answers));
        const all = [report.overall!, ...Object.values(report.scales), ...Object.values(report.themes), ...Object.values(report.principles)];
        return all.every((s) => s!.score === null || (s!.score >= 1 && s!.score <= 5));
      }),
      { numRuns: 300 },
    );
  });

  it('reversing twice is the identity: flipping an item\'s key and its answer leaves every score unchanged', () => {
    const flippedSpec = smallSpec();
    flippedSpec.items = flippedSpec.items.map((item) => ({ ...item, reverse: !item.reverse }));
    const flipped = defineInstrument(flippedSpec);
    const turn = (v: Response['answers'][string]) => (typeof v === 'number' ? 6 - v : v);
    fc.assert(
      fc.property(answersArb, (answers) => {
        const twice = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, turn(v)]));
        const a = scoreResponse(instrument, response(answers));
        const b = scoreResponse(flipped, response(twice));
        const back = Object.fromEntries(Object.entries(twice).map(([k, v]) => [k, turn(v)]));
        return JSON.stringify(back) === JSON.stringify(answers) && a.overall!.score === b.overall!.score && a.scales.a!.score === b.scales.a!.score;
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order the answers are written in', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const reversed = Object.fromEntries(Object.entries(answers).reverse());
        const a = scoreResponse(instrument, response(answers));
        const b = scoreResponse(instrument, response(reversed));
        return JSON.stringify([a.overall, a.scales, a.principles]) === JSON.stringify([b.overall, b.scales, b.principles]);
      }),
      { numRuns: 150 },
    );
  });

  it('below the completion threshold a score is withheld, never imputed', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const report = scoreResponse(instrument, response(answers));
        return Object.values(report.scales).every((s) => {
          // The rule as documented: the share of applicable items rounded down, and never fewer than minItems.
          const needed = Math.max(s.minItems, 1, Math.floor(s.minCompletion * s.applicable + 1e-9));
          const below = s.applicable === 0 || s.answered < needed;
          return below ? s.withheld && s.score === null && s.band === null : !s.withheld && s.score !== null;
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('bad input', () => {
  it('scoreResponse answers anything it cannot use with a ScoringError, never another error', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          scoreResponse(instrument, value);
          return true;
        } catch (error) {
          return error instanceof ScoringError && error.issues.length > 0;
        }
      }),
      { numRuns: 200 },
    );
  });
});
