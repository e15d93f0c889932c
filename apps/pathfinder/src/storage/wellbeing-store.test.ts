// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { clearPlan, linesOf, loadPlan, savePlan, WELLBEING_STORAGE_KEY } from './wellbeing-store';

const plan = {
  id: 'my-plan',
  ownerId: 'me',
  createdOn: '2026-11-26',
  whatKeepsMeWell: ['A walk at lunchtime'],
  earlySigns: [],
  whatHelps: [],
  stabilisationTechniques: [],
  whoCanHelp: [],
};

describe('the wellbeing plan store', () => {
  beforeEach(() => localStorage.clear());

  it('saves a valid plan on this device and reads it back unchanged', () => {
    expect(loadPlan()).toEqual({ kind: 'empty' });
    expect(savePlan(plan).ok).toBe(true);
    expect(loadPlan()).toEqual({ kind: 'loaded', plan });
  });

  it('refuses an invalid plan and keeps what was saved before', () => {
    savePlan(plan);
    const result = savePlan({ ...plan, createdOn: 'yesterday' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.where).toBe('createdOn');
    expect(loadPlan()).toEqual({ kind: 'loaded', plan });
  });

  it('reports a damaged entry instead of using part of it', () => {
    localStorage.setItem(WELLBEING_STORAGE_KEY, '{not json');
    expect(loadPlan().kind).toBe('unreadable');
    localStorage.setItem(WELLBEING_STORAGE_KEY, JSON.stringify({ ...plan, id: 'Line\nbreak' }));
    const loaded = loadPlan();
    expect(loaded.kind).toBe('unreadable');
  });

  it('removes the plan from the device', () => {
    savePlan(plan);
    clearPlan();
    expect(localStorage.getItem(WELLBEING_STORAGE_KEY)).toBeNull();
  });

  it('reads one entry per non-empty line', () => {
    expect(linesOf('  one \n\n two\n')).toEqual(['one', 'two']);
  });
});
