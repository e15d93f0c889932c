import { mentalHealth } from './mental-health';
import { serviceLanguage } from './service-language';
import { substanceUse } from './substance-use';
import { suicide } from './suicide';
import { trauma } from './trauma';
import { LexiconEntrySchema, type LexiconEntry, type LexiconEntryInput } from './types';

/** The entries as written, before defaults are applied. */
export const lexiconInput: readonly LexiconEntryInput[] = [...substanceUse, ...mentalHealth, ...serviceLanguage, ...trauma, ...suicide];

/** The lexicon: every entry with its variants, alternatives, rationale, sources and examples. */
export const lexicon: readonly LexiconEntry[] = Object.freeze(lexiconInput.map((entry) => LexiconEntrySchema.parse(entry)));
