// The the three-year plan and the policy review tracker.
import type { Feature } from '../types';

export const implementationPlanFeature: Feature = { routes: [], tasks: () => [] };
