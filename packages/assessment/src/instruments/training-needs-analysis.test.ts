import { describe, expect, it } from 'vitest';
import { TrainingPlanSchema, levelsIncludedIn } from '@nttp/domain';
import { exampleWorkspace, TNA_CONFIDENCE_ITEM_IDS, TNA_ROLES, TNA_TRAINING_ITEM_IDS } from '@nttp/domain/fixtures';
import { defineTrainingNeeds, trainingNeedsAnalysis, trainingNeedsAnalysisV1 } from './training-needs-analysis';
import { planTraining } from './plan-training';
import { scoreGroup } from '../scoring/group';
import { InstrumentError, ScoringError } from '../errors';

const tnaRound = exampleWorkspace.assessmentRounds.find((r) => r.kind === 'training-needs')!;
const responses = exampleWorkspace.responses.filter((r) => r.roundId === tnaRound.id);
const person = (answers: Record<string, number | 'dont-know'>, role?: string) => ({
  id: `r-${Object.keys(answers).length}-${role ?? 'none'}`.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
  roundId: 'tna',
  respondentId: `staff-${(role ?? 'none').toLowerCase().replace(/[^a-z0-9]/g, '-')}`,
  submittedOn: '2025-08-05',
  ...(role ? { role } : {}),
  answers,
});

describe('trainingNeedsAnalysis', () => {
  it('1.0.0 matches the example round and asks what the fixtures answer', () => {
    const ins = trainingNeedsAnalysisV1.instrument;
    expect([ins.id, ins.version]).toEqual([tnaRound.instrumentId, tnaRound.instrumentVersion]);
    expect(ins.items.map((i) => i.id)).toEqual([...TNA_CONFIDENCE_ITEM_IDS, ...TNA_TRAINING_ITEM_IDS]);
    expect(trainingNeedsAnalysisV1.roles.map((r) => r.role).sort()).toEqual([...TNA_ROLES].sort());
    expect(trainingNeedsAnalysis.modules.find((m) => m.moduleId === 'mod-substances')!.title).toMatch(/substances to cope with the impact of trauma/);
  });

  it('1.1.0 asks 1.0.0’s questions and two more, and lists the same roles and one more', () => {
    const ins = trainingNeedsAnalysis.instrument;
    expect([ins.id, ins.version]).toEqual(['nttp-training-needs-analysis', '1.1.0']);
    expect(ins.items.map((i) => i.id)).toEqual([...TNA_CONFIDENCE_ITEM_IDS, ...TNA_TRAINING_ITEM_IDS, 'completed-leadership', 'contact-with-people']);
    expect(trainingNeedsAnalysis.roles.map((r) => r.role).sort()).toEqual([...TNA_ROLES, 'Service manager'].sort());
  });

  it('scores the example group with 1.0.0, the version it was answered with', () => {
    const report = scoreGroup(trainingNeedsAnalysisV1.instrument, responses, { round: tnaRound });
    expect(report.scales.confidence!.n).toBe(responses.length);
    expect(report.overall!.itemIds).toEqual([...TNA_CONFIDENCE_ITEM_IDS]);
    expect(report.scales['completed-training']!.rwgJ).not.toBeNull();
    expect(scoreGroup(trainingNeedsAnalysisV1, responses).overall).toEqual(report.overall);
  });

  it('rejects rules that point at items the instrument lacks', () => {
    const { instrument, ...rules } = trainingNeedsAnalysis;
    expect(() => defineTrainingNeeds(instrument, { ...rules, modules: [{ ...rules.modules[0]!, itemId: 'confidence-1' }] })).toThrow(InstrumentError);
    expect(() => defineTrainingNeeds(instrument, { ...rules, confidenceScaleId: 'nope' })).toThrow(/no scale "nope"/);
    expect(defineTrainingNeeds(instrument, rules).roles).toEqual(rules.roles);
  });
});

describe('planTraining', () => {
  it('makes a plan in the shared TrainingPlan shape from the example responses', () => {
    const { plan, needs, instrument } = planTraining(trainingNeedsAnalysis, responses, { planId: 'glenmoray-plan', pathfinderId: 'glenmoray-pathfinder', roundId: tnaRound.id, createdOn: '2025-09-01' });
    expect(TrainingPlanSchema.safeParse(plan).success).toBe(true);
    expect(instrument.id).toBe('nttp-training-needs-analysis');
    expect(needs).toHaveLength(responses.length);
    for (const cohort of plan.cohorts) {
      // Someone training alone gets peers elsewhere and supervision in place of cohort time.
      const expected = cohort.respondentIds.length > 1 ? ['team-meeting-cohort-time', 'peer-support'] : ['peer-support', 'clinical-supervision'];
      expect(cohort.scaffolding.map((s) => s.kind)).toEqual(expect.arrayContaining(expected));
      for (const id of cohort.respondentIds) {
        const need = needs.find((n) => n.respondentId === id)!;
        expect(levelsIncludedIn(need.requiredLevel)).toContain(cohort.level);
      }
    }
  });

  it('applies levels cumulatively: a team leader needs informed, skilled and enhanced modules', () => {
    const { needs, plan } = planTraining(trainingNeedsAnalysis, [person({ 'confidence-1': 4, 'confidence-2': 4, 'confidence-3': 4, 'confidence-4': 4, 'completed-informed': 1, 'completed-skilled': 0, 'completed-substances-e-module': 0, 'completed-enhanced': 0 }, 'Team leader')], { createdOn: '2025-09-01' });
    // 1.1.0 also plans the leadership module for a team leader, in a cohort of its own from the start.
    expect(needs[0]).toMatchObject({ requiredLevel: 'enhanced', modulesNeeded: ['mod-substances', 'mod-skilled', 'mod-enhanced', 'mod-leadership'], levelAssumed: false });
    expect(plan.cohorts.map((c) => [c.id, c.startsOn])).toEqual([
      ['cohort-skilled-1', '2025-09-01'],
      ['cohort-leadership-1', '2025-09-01'],
      ['cohort-enhanced-1', '2025-10-13'],
    ]);
  });

  it('adds coaching for a low-confidence cohort, and lists specialist needs as gaps', () => {
    const low = { 'confidence-1': 1, 'confidence-2': 2, 'confidence-3': 1, 'confidence-4': 2, 'completed-informed': 0, 'completed-skilled': 0, 'completed-substances-e-module': 0, 'completed-enhanced': 0 };
    const { plan } = planTraining(trainingNeedsAnalysis, [person(low, 'Administrator'), person(low, 'Clinical psychologist')], { createdOn: '2025-09-01' });
    const informed = plan.cohorts.find((c) => c.level === 'informed')!;
    expect(informed.scaffolding.find((s) => s.kind === 'coaching')!.description).toMatch(/mean confidence is 1\.5/);
    expect(plan.gaps).toEqual([{ role: 'Clinical psychologist', level: 'specialist', people: 1 }]);
  });

  it("plans a module whose completion was not recorded, and says so", () => {
    const result = planTraining(trainingNeedsAnalysis, [person({ 'completed-informed': 'dont-know' })], { createdOn: '2025-09-01' });
    expect(result.needs[0]!.modulesUnrecorded).toContain('mod-informed');
    expect(result.needs[0]!.levelAssumed).toBe(true);
    expect(result.notes.join(' ')).toMatch(/did not give a role/);
  });

  it('splits large cohorts', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ ...person({ 'completed-informed': 0, 'contact-with-people': 0 }, 'Administrator'), id: `r-${i}`, respondentId: `s-${i}` }));
    const { plan } = planTraining(trainingNeedsAnalysis, many, { maxCohortSize: 2, createdOn: '2025-09-01' });
    expect(plan.cohorts.map((c) => c.respondentIds.length)).toEqual([2, 2, 1]);
    // Parts of one level start two weeks apart, so the team is never all away at once.
    expect(plan.cohorts.map((c) => c.startsOn)).toEqual(['2025-09-01', '2025-09-15', '2025-09-29']);
  });

  it('checks a training needs analysis written by hand', () => {
    const byHand = { ...trainingNeedsAnalysis, lowConfidenceBelow: 2 };
    expect(planTraining(byHand, responses, { createdOn: '2025-09-01' }).plan.cohorts.length).toBeGreaterThan(0);
    expect(() => planTraining({ ...trainingNeedsAnalysis, roles: [] }, responses)).toThrow(InstrumentError);
    expect(() => planTraining(null as never, responses)).toThrow(/Expected a training needs analysis/);
  });

  it('dates the plan from the responses when no date is given, so the same input gives the same plan', () => {
    expect(planTraining(trainingNeedsAnalysis, responses).plan.createdOn).toBe(responses.map((r) => r.submittedOn).sort().at(-1));
    expect(() => planTraining(trainingNeedsAnalysis, [])).toThrow(/give createdOn/);
  });

  it('plans a role it does not list at the assumed level, and says so (issue 11, finding 7)', () => {
    const result = planTraining(trainingNeedsAnalysis, [person({}, 'Chef'), person({ 'contact-with-people': 0 }, 'Administrator')]);
    expect(result.needs[0]).toMatchObject({ role: 'Chef', requiredLevel: 'skilled', levelAssumed: true });
    expect(result.needs[0]!.levelReason).toMatch(/"Chef" is not listed/);
    expect(result.notes.join(' ')).toMatch(/The role "Chef" is not in the training needs analysis, so the plan assumes the skilled level/);
    expect(result.needs[1]).toMatchObject({ requiredLevel: 'informed', levelAssumed: false });
    expect(() => planTraining(trainingNeedsAnalysis, [{ ...person({}), answers: { 'confidence-1': 12 } }])).toThrow(ScoringError);
  });
});

describe('planTraining properties', () => {
  it('puts everyone who still needs a module into a cohort at that module\'s level, and no one else', async () => {
    const fc = (await import('fast-check')).default;
    const answer = fc.constantFrom<0 | 1 | 'dont-know'>(0, 1, 1, 'dont-know');
    const personArb = fc.record({
      role: fc.option(fc.constantFrom(...TNA_ROLES), { nil: undefined }),
      informed: answer,
      skilled: answer,
      substances: answer,
      enhanced: answer,
    });
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 1, maxLength: 30 }), (people) => {
        const rs = people.map((p, i) => ({
          id: `r-${i}`,
          roundId: 'tna',
          respondentId: `s-${i}`,
          submittedOn: '2025-08-05',
          ...(p.role ? { role: p.role } : {}),
          answers: { 'completed-informed': p.informed, 'completed-skilled': p.skilled, 'completed-substances-e-module': p.substances, 'completed-enhanced': p.enhanced },
        }));
        const { plan, needs } = planTraining(trainingNeedsAnalysis, rs, { createdOn: '2025-09-01', maxCohortSize: 5 });
        const levelOf = new Map(trainingNeedsAnalysis.modules.map((m) => [m.moduleId, m.level]));
        return needs.every((need) => {
          const levels = new Set(need.modulesNeeded.map((id) => levelOf.get(id)));
          const inCohorts = new Set(plan.cohorts.filter((c) => c.respondentIds.includes(need.respondentId)).map((c) => c.level));
          return [...levels].every((l) => inCohorts.has(l!)) && [...inCohorts].every((l) => levels.has(l)) && plan.cohorts.every((c) => c.respondentIds.length <= 5);
        });
      }),
      { numRuns: 100 },
    );
  });
});
