import { describe, expect, it } from 'vitest';
import { createChecker } from '../checker/checker';
import { lexicon } from './index';
import { CATEGORIES, LexiconEntrySchema, PROFILES, type LexiconEntry, type Profile } from './types';

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
