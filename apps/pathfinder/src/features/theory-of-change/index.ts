// The the Theory of Change editor and viewer.
import type { Feature } from '../types';

export const theoryOfChangeFeature: Feature = { routes: [], tasks: () => [] };
