// The phase 3: follow-up rounds, progress per theme, the shareable report.
import type { Feature } from '../types';

export const followUpFeature: Feature = { routes: [], tasks: () => [] };
