import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JourneyMapSchema, type JourneyMap } from '@nttp/domain';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import { movePriority, moveStage, putPriority, ranked, removePriority, renameStage, replaceInStage } from './understanding-edits';

const map: JourneyMap = exampleWorkspace.lensEvents[0]!.journeyMaps[0]!;
const ids = (m: JourneyMap) => ranked(m.priorities).map((p) => p.id);

describe('ranking priorities', () => {
  it('adds at the bottom, moves up and down, and renumbers after a removal', () => {
    const added = putPriority(map, { id: 'p-new', description: 'Quiet room', themeIds: ['service-design'] });
    expect(ids(added)).toEqual(['p-letters', 'p-this-is-me', 'p-missed-appointments', 'p-new']);
    expect(ids(movePriority(added, 'p-new', -1))).toEqual(['p-letters', 'p-this-is-me', 'p-new', 'p-missed-appointments']);
    expect(movePriority(added, 'p-letters', -1)).toBe(added);
    expect(removePriority(added, 'p-this-is-me').priorities.map((p) => [p.id, p.rank])).toEqual([
      ['p-letters', 1],
      ['p-missed-appointments', 2],
      ['p-new', 3],
    ]);
  });

  it('keeps ranks 1..n, the same priorities, and a map the schema accepts, whatever moves are made', () => {
    const moves = fc.array(fc.tuple(fc.constantFrom(...map.priorities.map((p) => p.id)), fc.constantFrom(-1 as const, 1 as const)), { maxLength: 20 });
    fc.assert(
      fc.property(moves, (steps) => {
        const after = steps.reduce((m, [id, by]) => movePriority(m, id, by), map);
        expect(after.priorities.map((p) => p.rank).sort()).toEqual([1, 2, 3]);
        expect(new Set(after.priorities.map((p) => p.id))).toEqual(new Set(map.priorities.map((p) => p.id)));
        expect(JourneyMapSchema.safeParse(after).success).toBe(true);
      }),
    );
  });
});

describe('changing stages and their notes', () => {
  it('renames a stage and changes a note in place, leaving every other stage and note as it was', () => {
    const renamed = renameStage(map, 'stage-support', 'Support after the first month');
    expect(renamed.stages.map((s) => s.name)).toEqual(['Referral', 'First contact', 'Support after the first month']);
    expect(renamed.stages[2]!.touchpoints).toBe(map.stages[2]!.touchpoints);
    const changed = replaceInStage(map, 'stage-first-contact', 'barriers', { ...map.stages[1]!.barriers[0]!, description: 'Sam tells their story once.' });
    expect(changed.stages[1]!.barriers.map((b) => [b.id, b.description])).toEqual([['b-retelling', 'Sam tells their story once.']]);
    expect(changed.stages[0]).toBe(map.stages[0]);
  });

  it('keeps the same stages, each with its notes, and a map the schema accepts, whatever moves are made', () => {
    const moves = fc.array(fc.tuple(fc.constantFrom(...map.stages.map((s) => s.id)), fc.constantFrom(-1 as const, 1 as const)), { maxLength: 20 });
    fc.assert(
      fc.property(moves, (steps) => {
        const after = steps.reduce((m, [id, by]) => moveStage(m, id, by), map);
        expect([...after.stages].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...map.stages].sort((a, b) => a.id.localeCompare(b.id)));
        expect(JourneyMapSchema.safeParse(after).success).toBe(true);
      }),
    );
    expect(moveStage(map, 'stage-referral', -1)).toBe(map);
    expect(moveStage(map, 'stage-support', 1)).toBe(map);
  });
});
