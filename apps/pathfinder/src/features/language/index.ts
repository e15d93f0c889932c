// The the language check page.
import type { Feature } from '../types';

export const languageFeature: Feature = { routes: [], tasks: () => [] };
