import { describe, expect, it } from 'vitest';
import { NesLevelSchema, PhaseSchema, PrincipleSchema, ThemeSchema } from '../schemas/reference';
import { NES_LEVELS, NES_LEVEL_IDS, PHASES, PRINCIPLES, THEMES, compareNesLevels, levelsIncludedIn } from './index';

describe('reference data', () => {
  it('has the nine themes in the report order, each valid and with a unique id', () => {
    expect(THEMES.map((t) => t.name)).toEqual([
      'Organisational culture',
      'Leadership',
      'Workforce care, support and wellbeing',
      'Power-sharing with people with lived experience of trauma and addictions',
      'Workforce knowledge, skills and confidence',
      'Data, feedback loops and continuous improvement',
      'Policies and processes',
      'Budgets',
      'Service design and delivery',
    ]);
    expect(THEMES.map((t) => t.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const theme of THEMES) expect(ThemeSchema.parse(theme)).toEqual(theme);
  });

  it('has the five principles, the three phases and the four NES levels', () => {
    expect(PRINCIPLES.map((p) => p.id)).toEqual(['safety', 'trust', 'choice', 'collaboration', 'empowerment']);
    expect(PHASES.map((p) => [p.id, p.number])).toEqual([['understand', 1], ['plan', 2], ['implement', 3]]);
    expect(NES_LEVELS.map((l) => [l.id, l.rank])).toEqual([['informed', 1], ['skilled', 2], ['enhanced', 3], ['specialist', 4]]);
    for (const p of PRINCIPLES) expect(PrincipleSchema.parse(p)).toEqual(p);
    for (const p of PHASES) expect(PhaseSchema.parse(p)).toEqual(p);
    for (const l of NES_LEVELS) expect(NesLevelSchema.parse(l)).toEqual(l);
  });

  it('is frozen so no consumer can change it for everyone else', () => {
    expect(Object.isFrozen(THEMES)).toBe(true);
    expect(() => (THEMES as unknown as unknown[]).push({})).toThrow();
  });

  it('treats NES levels as cumulative', () => {
    expect(levelsIncludedIn('informed')).toEqual(['informed']);
    expect(levelsIncludedIn('enhanced')).toEqual(['informed', 'skilled', 'enhanced']);
    expect(levelsIncludedIn('specialist')).toEqual([...NES_LEVEL_IDS]);
    expect(compareNesLevels('skilled', 'enhanced')).toBeLessThan(0);
    expect(compareNesLevels('specialist', 'informed')).toBeGreaterThan(0);
    expect(compareNesLevels('skilled', 'skilled')).toBe(0);
  });
});
