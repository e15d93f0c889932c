import { lexicon } from '@nttp/safe-language';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_NAMES, searchLexicon } from './search';

describe('searchLexicon', () => {
  it('finds everything with an empty query', () => {
    expect(searchLexicon(lexicon, '  ')).toHaveLength(lexicon.length);
  });

  it('finds entries by their alternatives, ignoring case, and keeps the lexicon order', () => {
    const found = searchLexicon(lexicon, 'PERSON WHO USES');
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(lexicon.length);
    const order = found.map((entry) => lexicon.indexOf(entry));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('needs every word of the query', () => {
    expect(searchLexicon(lexicon, 'drugs zzzznotaword')).toEqual([]);
  });

  it('filters by topic', () => {
    for (const category of CATEGORIES) {
      expect(searchLexicon(lexicon, '', category).every((entry) => entry.category === category)).toBe(true);
    }
    expect(Object.keys(CATEGORY_NAMES).sort()).toEqual([...CATEGORIES].sort());
  });
});
