import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../checker/checker';
import { lexicon } from './index';
import { SOURCES } from './sources';
import { CATEGORIES, LexiconEntrySchema, PROFILES, termText, type LexiconEntry, type Profile } from './types';

const checkers = Object.fromEntries(PROFILES.map((profile) => [profile, createChecker({ profile })])) as Record<
  Profile,
  ReturnType<typeof createChecker>
>;

/** The first profile in which the entry is switched on. */
function activeProfile(entry: LexiconEntry): Profile {
  return PROFILES.find((profile) => entry.severity[profile] !== 'off') ?? 'ui';
}

describe('lexicon data', () => {
  it('has unique ids and valid entries', () => {
    const ids = lexicon.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of lexicon) expect(LexiconEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('never makes a contested entry an error', () => {
    for (const entry of lexicon.filter((item) => item.contested)) {
      expect(Object.values(entry.severity), entry.id).not.toContain('error');
    }
  });

  it('every entry is on in at least one profile and cites a source', () => {
    for (const entry of lexicon) {
      expect(PROFILES.some((profile) => entry.severity[profile] !== 'off'), entry.id).toBe(true);
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('covers every category', () => {
    for (const category of CATEGORIES) expect(lexicon.some((entry) => entry.category === category), category).toBe(true);
  });
});

describe.each(lexicon.map((entry) => [entry.id, entry] as const))('entry %s', (_id, entry) => {
  const checker = checkers[activeProfile(entry)];
  it.each(entry.examples.flag)('flags: %s', (sentence) => {
    const found = checker.check(sentence).filter((finding) => finding.ruleId === entry.id && finding.severity !== 'info');
    expect(found.length).toBeGreaterThan(0);
    for (const finding of found) expect(sentence.slice(finding.start, finding.end)).toBe(finding.match);
  });
  it.each(entry.examples.pass)('leaves alone: %s', (sentence) => {
    expect(checker.check(sentence).filter((finding) => finding.severity !== 'info')).toEqual([]);
  });
});

describe('lexicon coverage', () => {
  it('has at least 90 entries, each with variants or inflections, and cites only the researched sources', () => {
    expect(lexicon.length).toBeGreaterThanOrEqual(90);
    const known = new Set<string>(Object.values(SOURCES));
    for (const entry of lexicon) {
      const forms = entry.terms.length + (entry.kind === 'person' ? (entry.plurals?.length ?? entry.terms.length) : 0);
      expect(forms, entry.id).toBeGreaterThanOrEqual(2);
      for (const source of entry.sources) expect(known.has(source), `${entry.id}: ${source}`).toBe(true);
    }
  });

  it('finds every term of every unguarded entry in any case, with hyphens, dashes or line breaks', () => {
    const checker = createChecker({ minSeverity: 'suggestion', profile: 'policy' });
    const uiChecker = createChecker({ minSeverity: 'suggestion', profile: 'ui' });
    const unguarded = lexicon.filter((entry) => !entry.guards?.near && !entry.guards?.precededBy);
    const terms = unguarded.flatMap((entry) => entry.terms.map((term) => termText(term)));
    fc.assert(
      fc.property(fc.constantFrom(...terms), fc.constantFrom('-', '\u2011', '\u2013', '\n', ' ', '\u00a0'), fc.boolean(), (term, joiner, upper) => {
        const written = term.split(/[ -]/).join(joiner);
        const text = `Note: ${upper ? written.toUpperCase() : written} today.`;
        const found = [...checker.check(text), ...uiChecker.check(text)];
        expect(found.length, text).toBeGreaterThan(0);
        for (const finding of found) expect(text.slice(finding.start, finding.end)).toBe(finding.match);
      }),
      { numRuns: 300 },
    );
  });
});

describe('sources', () => {
  it('names every cited source by title and publisher', async () => {
    const { SOURCES, describeSource } = await import('./sources');
    for (const url of Object.values(SOURCES)) {
      const { title, publisher } = describeSource(url);
      expect(title).not.toBe(new URL(url).hostname);
      expect(publisher.length).toBeGreaterThan(2);
    }
    expect(describeSource('https://www.example.org/page')).toEqual({ title: 'example.org', publisher: 'example.org' });
  });
});
