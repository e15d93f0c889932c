import { CATEGORIES, termText, type Alternative, type Category, type LexiconEntry } from '@nttp/safe-language';

export const CATEGORY_NAMES: Record<Category, string> = {
  'substance-use': 'Substance use',
  'mental-health': 'Mental health',
  'service-language': 'Service language',
  trauma: 'Trauma',
  suicide: 'Suicide',
};

export { CATEGORIES };

export function alternativeText(alternative: Alternative): string {
  return typeof alternative === 'string' ? alternative : alternative.one;
}

/** Lower-case words of everything a person might search an entry by. */
function haystack(entry: LexiconEntry): string {
  return [entry.id, ...entry.terms.map(termText), ...entry.alternatives.map(alternativeText), entry.rationale, entry.note ?? '', CATEGORY_NAMES[entry.category]].join(' \n ').toLowerCase();
}

/**
 * The entries matching a search: every word of the query must appear in the entry's terms,
 * alternatives, rationale or category; an empty query matches everything. Order is kept.
 */
export function searchLexicon(entries: readonly LexiconEntry[], query: string, category: Category | 'all' = 'all'): LexiconEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => (category === 'all' || entry.category === category) && words.every((word) => haystack(entry).includes(word)));
}
