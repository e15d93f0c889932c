/** NES Knowledge and Skills Framework levels. They are cumulative: each level includes those before it. */
export const NES_LEVEL_IDS = ['informed', 'skilled', 'enhanced', 'specialist'] as const;
export type NesLevelId = (typeof NES_LEVEL_IDS)[number];

export interface NesLevel { id: NesLevelId; rank: number; name: string; whoItIsFor: string; description: string }

export const NES_LEVELS: readonly NesLevel[] = Object.freeze([
  {
    id: 'informed',
    rank: 1,
    name: 'Trauma informed',
    whoItIsFor: 'Everyone in the workforce.',
    description: 'Understands how trauma can affect people and how to respond in a way that does not add to harm.',
  },
  {
    id: 'skilled',
    rank: 2,
    name: 'Trauma skilled',
    whoItIsFor: 'Staff who are likely to be in contact with people affected by trauma.',
    description: 'Recognises where trauma may be part of a person\'s story and adapts their practice to it.',
  },
  {
    id: 'enhanced',
    rank: 3,
    name: 'Trauma enhanced',
    whoItIsFor: 'Staff with a specific remit for trauma, who offer interventions or manage such services.',
    description: 'Provides trauma-focused support and helps others in the team to work in a trauma-informed way.',
  },
  {
    id: 'specialist',
    rank: 4,
    name: 'Trauma specialist',
    whoItIsFor: 'A small number of staff who offer specialist psychological therapies.',
    description: 'Offers specialist assessment and therapy for the effects of trauma, and supervises others.',
  },
]);

/** Every level a person at `level` is expected to have, lowest first (the framework is cumulative). */
export function levelsIncludedIn(level: NesLevelId): NesLevelId[] {
  return NES_LEVEL_IDS.slice(0, NES_LEVEL_IDS.indexOf(level) + 1);
}

/** Compares two levels by rank: negative when `a` is below `b`. */
export function compareNesLevels(a: NesLevelId, b: NesLevelId): number {
  return NES_LEVEL_IDS.indexOf(a) - NES_LEVEL_IDS.indexOf(b);
}
