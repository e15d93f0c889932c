// The private wellbeing plans.
import type { Feature } from '../types';

export const wellbeingFeature: Feature = { routes: [], tasks: () => [] };
