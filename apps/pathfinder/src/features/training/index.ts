// The training needs analysis and training plan.
import type { Feature } from '../types';

export const trainingFeature: Feature = { routes: [], tasks: () => [] };
