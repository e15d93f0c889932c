// The phase 1: familiarisation notes and TI lens events.
import type { Feature } from '../types';

export const understandingFeature: Feature = { routes: [], tasks: () => [] };
