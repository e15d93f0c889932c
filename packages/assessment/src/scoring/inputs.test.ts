import { describe, expect, it } from 'vitest';
import { defineInstrument } from '../instrument/define';
import { smallSpec } from '../test-support/specs';
import { ScoringError } from '../errors';
import { organisationalAssessmentV1 } from '../instruments/organisational-assessment';
import { scoreGroup } from '../test-support/open-group';
import { scoreResponse } from './response';

/** Issue 11, Found 7: inputs from real forms tools and spreadsheets. */
describe('inputs', () => {
  const withDk = defineInstrument({ ...smallSpec(), missingCodes: { dontKnow: ['DK'], notApplicable: ['N/A'] } });
  const response = (answers: Record<string, unknown>) => ({ id: 'r-1', roundId: 'round-1', respondentId: 'p-1', submittedOn: '2025-03-01', answers });

  it("accepts the instrument's own missing codes, such as 'DK', in Response documents", () => {
    // On main the Response schema refused 'DK', though the instrument and tables accepted it.
    const report = scoreResponse(withDk, response({ 'a-1': 4, 'a-2': 'DK', 'b-1': 'N/A' }));
    expect(report.scales.a!.items.map((i) => i.status)).toEqual(['answered', 'dont-know']);
    expect(report.scales.b!.items[0]!.status).toBe('not-applicable');
    expect(scoreGroup(withDk, [response({ 'a-1': 4, 'a-2': 'DK', 'b-1': 3 })]).items['a-2']!.dontKnow).toBe(1);
    // A code the instrument does not use is still named, not guessed at.
    expect(() => scoreResponse(withDk, response({ 'a-1': 'maybe' }))).toThrow(/"maybe" is not a code this instrument uses for item "a-1"/);
  });

  it('names a misspelt column and the item it probably meant, and items with no column', () => {
    const itemIds = organisationalAssessmentV1.items.map((i) => i.id).map((id) => (id === 'leadership-1' ? 'leadership-l' : id === 'leadership-2' ? 'Leadership-2x' : id));
    const rows = Array.from({ length: 6 }, () => itemIds.map(() => 4));
    const report = scoreGroup(organisationalAssessmentV1, { itemIds, rows });
    const notes = report.notes.join(' ');
    expect(notes).toContain('"leadership-l" may be "leadership-1" or "leadership-2"');
    expect(notes).toContain('"Leadership-2x" may be "leadership-2"');
    expect(notes).toMatch(/no column for these items: "leadership-1", "leadership-2"/);
    // The misspelt column withholds the leadership theme (3 of 5 answered); the note says why.
    expect(report.themes.leadership!.mean).toBeNull();
  });

  it('reads aloud: no "please add a object"', () => {
    try {
      scoreGroup(withDk, [{ id: 'r-1', roundId: 'round-1', respondentId: 'p-1', submittedOn: '2025-03-01' }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScoringError);
      const message = (e as ScoringError).issues[0]!.message;
      expect(message).toBe('This is needed: please add a set of named fields, written { … }.');
      expect(message).not.toMatch(/\ba [aeiou]/);
    }
  });
});

describe('repeatedIds', () => {
  it('finds exactly the ids that repeat, with every position, as a plain count does (property)', async () => {
    const fc = (await import('fast-check')).default;
    const { repeatedIds } = await import('./identity');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Q1', 'q1', 'P_001', '4821', 'R_3kB9x', 'é', ''), { maxLength: 40 }), (ids) => {
        const expected = [...new Set(ids)].map((id) => ({ id, at: ids.flatMap((x, r) => (x === id ? [r] : [])) })).filter((x) => x.at.length > 1);
        const found = repeatedIds((r) => ids[r]!, ids.length);
        return JSON.stringify(found.sort((x, y) => x.at[0]! - y.at[0]!)) === JSON.stringify(expected.sort((x, y) => x.at[0]! - y.at[0]!));
      }),
    );
  });
});

describe('planTraining with a role the TNA does not list (issue 11, Found 7)', () => {
  it('assumes the level for that person and names the role, instead of refusing the whole plan', async () => {
    const { planTraining } = await import('../instruments/plan-training');
    const { trainingNeedsAnalysis } = await import('../instruments/training-needs-analysis');
    const { TNA_CONFIDENCE_ITEM_IDS } = await import('@nttp/domain/fixtures');
    const answers = Object.fromEntries(TNA_CONFIDENCE_ITEM_IDS.map((id) => [id, 3]));
    const known = trainingNeedsAnalysis.roles[0]!.role;
    const people = [
      { id: 'r-1', roundId: 'tna', respondentId: 'staff-1', submittedOn: '2025-08-05', role: known, answers },
      { id: 'r-2', roundId: 'tna', respondentId: 'staff-2', submittedOn: '2025-08-05', role: 'Recovry worker', answers },
    ];
    const result = planTraining(trainingNeedsAnalysis, people, { planId: 'plan-1', pathfinderId: 'p' });
    const second = result.needs.find((n) => n.respondentId === 'staff-2')!;
    expect(second.levelAssumed).toBe(true);
    expect(second.requiredLevel).toBe(trainingNeedsAnalysis.levelWhenRoleNotGiven);
    expect(result.notes.join(' ')).toContain('is not in the training needs analysis, so the plan assumes');
    expect(result.notes.join(' ')).toContain('"Recovry worker"');
  });
});

describe('repeated respondent ids in response documents (issue 11, Found 3)', () => {
  it('are named, not counted twice', () => {
    const r = (id: string, respondentId: string) => ({ id, roundId: 'round-1', respondentId, submittedOn: '2025-03-01', answers: { 'a-1': 4 } });
    try {
      scoreGroup(defineInstrument(smallSpec()), [r('r-1', 'p-1'), r('r-2', 'p-2'), r('r-3', 'p-1'), r('r-4', 'p-1')]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScoringError);
      expect((e as ScoringError).issues.map((i) => `${i.where}: ${i.code}`)).toEqual(['[2].respondentId: duplicate-respondent']);
      expect((e as ScoringError).issues[0]!.message).toContain('"p-1" is given to 3 responses (responses 1, 3, 4)');
    }
  });
});
