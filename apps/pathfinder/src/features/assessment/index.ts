// The organisational assessment (collect, results).
import type { Feature } from '../types';

export const assessmentFeature: Feature = { routes: [], tasks: () => [] };
