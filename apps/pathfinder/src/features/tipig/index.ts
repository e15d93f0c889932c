// The the implementation group (TIPIG): charter, members, meetings.
import type { Feature } from '../types';

export const tipigFeature: Feature = { routes: [], tasks: () => [] };
