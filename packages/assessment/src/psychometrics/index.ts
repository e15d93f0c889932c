export { cronbachAlpha, feldtInterval, MISSING_POLICIES, type AlphaOptions, type AlphaResult, type AlphaItemStats, type MissingPolicy } from './alpha';
export { icc, ICC_TYPES, type IccForm, type IccOptions, type IccResult, type IccType } from './icc';
export { rwg, rwgJ, type RwgOptions, type RwgResult } from './rwg';
export { reliableChangeIndex, type RciInput, type RciResult } from './rci';
export { fCdf, fQuantile, fUpperTail, incompleteBeta, inverseIncompleteBeta, logGamma } from './distributions';
export type { DataMatrix } from './matrix';
export type { StatisticFlag } from './flags';
