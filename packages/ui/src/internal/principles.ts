// The principle ids, repeated here as a type-only union so @nttp/ui stays free of a runtime dependency on
// @nttp/domain (its tests check the two lists match).
export type PrincipleId = 'safety' | 'trust' | 'choice' | 'collaboration' | 'empowerment';
