import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NES_LEVEL_IDS } from '@nttp/domain';
import { trainingNeedsAnalysis } from './training-needs-analysis';
import { planTraining } from './plan-training';
import { balancedParts } from './plan-cohorts';

// Issue 11, deliver 7: the training plan's rules.
const NOTHING_DONE = { 'completed-informed': 0, 'completed-skilled': 0, 'completed-substances-e-module': 0, 'completed-enhanced': 0, 'completed-leadership': 0 };
let seq = 0;
const person = (role: string | undefined, answers: Record<string, number | 'dont-know'> = {}) => {
  seq++;
  return { id: `r-${seq}`, roundId: 'tna', respondentId: `staff-${seq}`, submittedOn: '2025-08-05', ...(role ? { role } : {}), answers: { ...NOTHING_DONE, ...answers } };
};
const plan = (people: ReturnType<typeof person>[], options = {}) => planTraining(trainingNeedsAnalysis, people, { createdOn: '2025-09-01', ...options });

describe('cohorts are ordered, dated and even', () => {
  it('informed cohorts start before skilled ones, and skilled before enhanced', () => {
    const result = plan([person('Recovery worker'), person('Team leader'), person('Administrator', { 'contact-with-people': 0 })]);
    const startOf = (level: string) => result.plan.cohorts.filter((c) => c.level === level && !c.id.includes('leadership')).map((c) => c.startsOn!);
    expect(startOf('informed')).toEqual(['2025-09-01']);
    expect(startOf('skilled')).toEqual(['2025-10-13']);
    expect(startOf('enhanced')).toEqual(['2025-11-24']);
    // The list itself is in start order.
    const starts = result.plan.cohorts.map((c) => c.startsOn!);
    expect([...starts].sort()).toEqual(starts);
  });

  it('starts from the date given, with the gaps given', () => {
    const result = plan([person('Recovery worker')], { startOn: '2026-01-05', weeksBetweenLevels: 4 });
    expect(result.plan.cohorts.map((c) => [c.level, c.startsOn])).toEqual([
      ['informed', '2026-01-05'],
      ['skilled', '2026-02-02'],
    ]);
  });

  it('names a date it cannot read, as a ScoringError', () => {
    for (const options of [{ createdOn: 'soon' }, { startOn: '2025-02-30' }])
      expect(() => plan([person('Recovery worker')], options)).toThrow(expect.objectContaining({ name: 'ScoringError', message: expect.stringMatching(/YYYY-MM-DD/) }));
  });

  it('answers any options it cannot use with a ScoringError, never another error', () => {
    const someone = [person('Recovery worker')];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('createdOn', 'startOn', 'maxCohortSize', 'weeksBetweenLevels', 'weeksBetweenParts', 'reflectionHoursPerModule', 'other'), fc.anything()), (options) => {
        try {
          planTraining(trainingNeedsAnalysis, someone, options as never);
        } catch (error) {
          expect((error as Error).name).toBe('ScoringError');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('splits a level evenly: 13 people with at most 12 a cohort make 7 and 6, not 12 and 1', () => {
    const people = Array.from({ length: 13 }, () => person('Administrator', { 'contact-with-people': 0 }));
    expect(plan(people).plan.cohorts.map((c) => c.respondentIds.length)).toEqual([7, 6]);
  });

  it('balanced parts never differ by more than one and never pass the limit', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.integer({ min: 2, max: 20 }), (n, max) => {
        const parts = balancedParts(Array.from({ length: n }, (_, i) => i), max);
        const sizes = parts.map((p) => p.length);
        expect(parts.flat()).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(parts.length).toBe(Math.ceil(n / max));
        if (n) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        for (const size of sizes) expect(size).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('support around the training', () => {
  it('someone training alone gets peers elsewhere and supervision, and the notes say so', () => {
    const result = plan([person('Clinical psychologist', { 'completed-informed': 1, 'completed-skilled': 1, 'completed-substances-e-module': 1 })]);
    const enhanced = result.plan.cohorts.find((c) => c.level === 'enhanced')!;
    expect(enhanced.respondentIds).toHaveLength(1);
    expect(enhanced.scaffolding.map((s) => s.kind)).toEqual(['peer-support', 'clinical-supervision', 'coaching']);
    expect(enhanced.scaffolding[0]!.description).toMatch(/partner service or the NTTP network/);
    expect(result.notes.join(' ')).toMatch(/1 person will train alone/);
  });

  it('leaders get a leadership module in a cohort of their own, from the start; others do not', () => {
    const result = plan([person('Team leader'), person('Service manager'), person('Team leader', { 'completed-leadership': 1 }), person('Recovery worker')]);
    const leadership = result.plan.cohorts.find((c) => c.moduleIds.includes('mod-leadership'))!;
    expect(leadership).toMatchObject({ name: 'Trauma-informed leadership cohort', startsOn: '2025-09-01' });
    expect(leadership.respondentIds).toEqual([result.needs[0]!.respondentId, result.needs[1]!.respondentId]);
    expect(result.needs[3]!.modulesNeeded).not.toContain('mod-leadership');
    expect(result.plan.modules.map((m) => m.id)).toContain('mod-leadership');
  });

  it('protects hours per person: each module’s hours plus reflection time', () => {
    const result = plan([person('Recovery worker'), person('Administrator', { 'contact-with-people': 0 })], { reflectionHoursPerModule: 1 });
    // Recovery worker: informed 1 h, substances 1.5 h, skilled 6 h, plus 1 h each = 11.5. Administrator: 1 + 1 = 2.
    expect(result.needs.map((n) => n.protectedHours)).toEqual([11.5, 2]);
    expect(result.protectedHoursTotal).toBe(13.5);
    expect(result.notes.join(' ')).toMatch(/Protect 13\.5 hours/);
  });

  it('gives new starters a path: a buddy, the informed level at induction, then the next cohort', () => {
    const { newStarters } = plan([person('Recovery worker')]);
    expect(newStarters.map((s) => s.within)).toEqual(['first week', 'first month', 'first three months', 'first six months']);
    expect(newStarters[1]!.moduleIds).toEqual(['mod-informed']);
    expect(newStarters[2]!.moduleIds).toEqual(['mod-substances', 'mod-skilled', 'mod-enhanced']);
    expect(newStarters[3]!.moduleIds).toEqual(['mod-leadership']);
  });
});

describe('the level a person needs', () => {
  it('an administrator is planned at the level their contact with people needs', () => {
    const [most, some, rarely, unsaid] = plan([
      person('Administrator', { 'contact-with-people': 2 }),
      person('Administrator', { 'contact-with-people': 1 }),
      person('Administrator', { 'contact-with-people': 0 }),
      person('Administrator'),
    ]).needs;
    expect([most, some, rarely, unsaid].map((n) => n!.requiredLevel)).toEqual(['skilled', 'skilled', 'informed', 'skilled']);
    expect(unsaid!.levelAssumed).toBe(true);
    expect(unsaid!.levelReason).toMatch(/not recorded/);
    expect(rarely!.levelAssumed).toBe(false);
  });

  it('never throws on a role it does not know, whatever the role', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.trim().length > 0), (role) => {
        try {
          const result = plan([person(role)]);
          const listed = trainingNeedsAnalysis.roles.some((r) => r.role === role);
          if (!listed) expect(result.needs[0]!.requiredLevel).toBe(trainingNeedsAnalysis.levelWhenRoleNotGiven);
          expect(NES_LEVEL_IDS).toContain(result.needs[0]!.requiredLevel);
        } catch (error) {
          // Only a role the response schema itself turns away (not a label) may stop the plan.
          expect((error as Error).name).toBe('ScoringError');
          expect((error as Error).message).not.toMatch(/required level/);
        }
      }),
      { numRuns: 100 },
    );
  });
});
