import { describe, expect, it } from 'vitest';
import { compareRounds, createDisclosureLedger, defineInstrument, explainChange, InstrumentError, organisationalAssessment, scoreGroup, scoreResponse, scoreSubgroups, explainScore } from './index';

/** The instrument written out in the README, so the README stays true. */
const readmeSpec = {
  id: 'team-check',
  version: '1.0.0',
  title: 'Team check-in',
  responseScales: [
    { id: 'agree', min: 1, max: 5, labels: [
      { value: 1, label: 'Strongly disagree' }, { value: 3, label: 'Neither' }, { value: 5, label: 'Strongly agree' },
    ] },
  ],
  missingCodes: { dontKnow: ['dont-know', 9] },
  items: [
    { id: 'space-1', text: 'We have time to talk about how the work affects us.', theme: 'workforce-wellbeing', principles: ['safety'] },
    { id: 'space-2', text: 'Team meetings feel rushed.', theme: 'workforce-wellbeing', principles: ['safety'], reverse: true },
    { id: 'voice-1', text: 'People who use the service shape our changes.', theme: 'power-sharing', principles: ['collaboration'], weight: 2 },
  ],
  scales: [
    { id: 'space', title: 'Room to reflect', itemIds: ['space-1', 'space-2'], minCompletion: 1 },
    { id: 'voice', title: 'Lived experience voice', itemIds: ['voice-1'] },
  ],
  bands: [
    { id: 'early', label: 'Early days', from: 1, to: 3, description: 'Below "neither agree nor disagree".' },
    { id: 'growing', label: 'Growing', from: 3, to: 5, description: '"Neither" or above.' },
  ],
};

describe('the README examples', () => {
  it('define a working instrument', () => {
    const teamCheck = defineInstrument(readmeSpec);
    const report = scoreResponse(teamCheck, { id: 'r-1', roundId: 'round-1', respondentId: 'p-1', submittedOn: '2025-05-01', answers: { 'space-1': 4, 'space-2': 9, 'voice-1': 5 } });
    expect(report.scales.space!.withheld).toBe(true);
    expect(report.scales.voice!.band!.label).toBe('Growing');
    expect(explainScore(report.scales.space!)).toContain("don't know");
  });

  it('show the error a typo gets', () => {
    const spec = structuredClone(readmeSpec);
    spec.items[1]!.theme = 'wellbeing';
    try {
      defineInstrument(spec);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InstrumentError);
      expect((error as Error).message).toMatch(/^This instrument could not be used yet: 1 thing needs attention\.\n- items\[1\]\.theme: "wellbeing" is not one of the nine NTTP themes\. Use one of: organisational-culture, /);
    }
  });

  it('score a table of answers', () => {
    const report = scoreGroup(organisationalAssessment, {
      itemIds: ['leadership-respect', 'leadership-ask-views', 'leadership-act-on-views'],
      rows: [
        [4, 5, 'dont-know'],
        [3, null, 4],
        [5, 4, 4],
        [2, 3, 3],
        [4, 4, 5],
      ],
      respondentIds: ['P_001', 'P_002', 'P_003', 'P_004', 'P_005'],
    });
    expect(report.items['leadership-respect']!.mean).toBe(3.6);
    expect(report.items['leadership-act-on-views']).toMatchObject({ answered: 4, dontKnow: 1, mean: null });
    expect(report.respondents).toBe(5);
  });

  const roles = ['A', 'A', 'A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'C'];
  const responses = (roundId: string, lift: number) =>
    roles.map((role, p) => ({
      id: `${roundId}-${p}`,
      roundId,
      respondentId: `p-${p}`,
      role,
      submittedOn: '2025-05-01',
      answers: Object.fromEntries(organisationalAssessment.items.map((item, k) => [item.id, Math.min(5, 1 + ((p + k) % 4) + lift * (p % 2))])),
    }));

  it('compare two rounds and explain the change', () => {
    const comparison = compareRounds(organisationalAssessment, responses('round-1', 0), responses('round-2', 1));
    const leadership = comparison.themes.leadership!;
    expect(['higher', 'lower', 'no-clear-change', 'too-few-to-judge']).toContain(leadership.verdict);
    expect(leadership.stayers!.ci.level).toBe(0.95);
    expect(leadership.rounds!.effectSize!.measure).toBe('hedges-g');
    expect(explainChange(comparison)).toMatch(/^12 people answered both rounds/);
  });

  it('share one disclosure ledger across calls', () => {
    const all = responses('round-1', 0);
    const ledger = createDisclosureLedger({ minCellSize: 5 });
    const whole = scoreGroup(organisationalAssessment, all, { ledger });
    const byRole = scoreSubgroups(organisationalAssessment, all, { ledger });
    const allButC = scoreGroup(organisationalAssessment, all.filter((r) => r.role !== 'C'), { ledger });
    expect(whole.suppressed).toBe(false);
    expect(byRole.groups.filter((g) => g.suppressed).map((g) => g.key)).toEqual(['B', 'C']);
    expect(allButC.suppressed).toBe(true);
  });
});
