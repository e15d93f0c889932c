import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText, createChecker, isReplacement, SafeLanguageError, type Finding } from '../index';
import { compileChecker, type CheckStats } from './checker';

const ids = (findings: Finding[]): string[] => findings.map((finding) => finding.ruleId);
const active = (findings: Finding[]): Finding[] => findings.filter((finding) => finding.severity !== 'info');

describe('checkText', () => {
  it('finds a term and reports offsets into the original text', () => {
    const text = 'Our  Drug\u2011Addicts group\nmeets on Friday.';
    const [finding] = checkText('We saw the drug addict today.');
    expect(finding).toMatchObject({ ruleId: 'addict', match: 'drug addict', severity: 'error', category: 'substance-use' });
    const found = checkText(text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.match);
  });

  it('normalises case, curly quotes, hyphens, dashes and line breaks', () => {
    for (const text of ['HARD TO REACH groups', 'hard-to-reach groups', 'hard\u2013to\u2013reach groups', 'hard to\nreach groups', 'Hard‐To‐Reach groups']) {
      expect(ids(checkText(text)), text).toEqual(['hard-to-reach']);
    }
    expect(ids(checkText('The addict’s family'))).toEqual(['addict']);
  });

  it('fits alternatives to the grammar: article, plural, possessive and capital', () => {
    expect(checkText('He is an addict.')[0]).toMatchObject({ match: 'an addict', alternatives: ['a person who uses drugs'] });
    expect(checkText('An addict called.')[0]).toMatchObject({ match: 'An addict', alternatives: ['A person who uses drugs'] });
    expect(checkText('We support addicts.')[0]!.alternatives).toEqual(['people who use drugs']);
    expect(checkText("The addict's family")[0]!.alternatives).toEqual(['the … of a person who uses drugs']);
    expect(checkText("The addicts' families")[0]!.alternatives).toEqual(['the … of people who use drugs']);
    expect(checkText("The alkie's flat")[0]!.alternatives[0]).toMatch(/^the … of a person/);
    expect(checkText('She is an alcoholic.')[0]!.alternatives[0]).toBe('a person with an alcohol problem');
    expect(checkText('Her brother committed suicide.')[0]!.alternatives[0]).toBe('died by suicide');
    expect(checkText('People who commit suicide')[0]!.alternatives[0]).toBe('die by suicide');
  });

  it('tells a word mentioned in single or double quotes, straight or curly, from a use', () => {
    for (const text of [
      "Say 'people who use drugs' rather than 'drug users' or 'drug misusers' or 'addicts'.",
      'Terms such as \u2018former drug abuser\u2019 still appear in older letters.',
      'We no longer write "junkie" or \u201caddict\u201d in records.',
      "The glossary explains why 'addict' is avoided.",
    ])
      expect(checkText(text).filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it('still reads apostrophes and possessives as such when no quotation is open', () => {
    expect(checkText("The addicts' families need support.")[0]).toMatchObject({ match: "addicts'", ruleId: 'addict' });
    expect(checkText("Don't call him an addict.")[0]).toMatchObject({ match: 'an addict' });
    expect(checkText("Scotland's addicts deserve better.")[0]).toMatchObject({ match: 'addicts' });
  });

  it('drops quoted speech in single marks to info, and does not read the closing mark as a possessive', () => {
    const [finding] = checkText("She told us, 'the staff treat me like a junkie when I come in', and we listened.");
    expect(finding).toMatchObject({ severity: 'info', context: 'quoted', match: 'a junkie' });
    const [closing] = checkText("He wrote 'we will not serve the drug users here' on the sign.");
    expect(closing).toMatchObject({ match: 'drug users', context: 'quoted' });
    expect(closing!.alternatives[0]).toBe('people who use drugs');
  });

  it('respects context guards and the never-flag list', () => {
    for (const text of [
      'Child abuse must always be reported.',
      'No alcoholic drinks will be served.',
      'People who use drugs are welcome.',
      'Join our frequent flyer programme.',
      'She has relapsing-remitting MS.',
      'We write clean code.',
      'He attends Alcoholics Anonymous.',
      'An offence under the Misuse of Drugs Act 1971.',
      'Addiction services are open late.',
      'The clinic is hard to reach by car.',
      'DNA evidence was heard in court.',
      'People seeking asylum get legal advice.',
    ]) {
      expect(active(checkText(text)), text).toEqual([]);
    }
  });

  it('drops first-person and quoted use to info, and skips mentions', () => {
    expect(checkText("I'm an addict and proud of my recovery.")[0]).toMatchObject({ severity: 'info', context: 'first-person' });
    expect(checkText('He said, “the junkies took over the stairwell”.')[0]).toMatchObject({ severity: 'info', context: 'quoted' });
    expect(checkText('Avoid the word “junkie”.')).toEqual([]);
    expect(checkText('Please do not write `addict` in letters.')).toEqual([]);
    expect(checkText('The term addict is outdated.')).toEqual([]);
    expect(checkText('I have been clean for two years.')[0]).toMatchObject({ severity: 'info', context: 'first-person' });
    expect(checkText('I suffer from anxiety.')[0]).toMatchObject({ severity: 'info', context: 'first-person' });
    // Someone else described by the writer is still flagged.
    expect(checkText('I think he is an addict.')[0]!.severity).toBe('error');
    expect(checkText('I worked with addicts for years.')[0]!.severity).toBe('error');
    // A stray quote mark does not hide everything after it.
    expect(checkText(`The 5" screen shows the form. ${'Then we wait. '.repeat(60)}The junkie left. "`)[0]!.severity).toBe('error');
  });

  it('separates replacements from advice', () => {
    const [finding] = checkText('Some nutter called.');
    expect(finding!.alternatives).toEqual(['describe the behaviour or the need instead']);
    expect(isReplacement(finding!.alternatives[0]!)).toBe(false);
    expect(isReplacement('person who uses drugs')).toBe(true);
    expect(finding!.message).toMatch(/^For “nutter”, describe the behaviour or the need instead\./);
  });

  it('reuses compiled checkers for the same options', () => {
    const first = checkText('The junkie left.', { profile: 'policy' });
    expect(checkText('The junkie left.', { profile: 'policy' })).toEqual(first);
  });

  it('adds support contacts to suicide findings', () => {
    expect(checkText('He committed suicide.')[0]!.message).toMatch(/Samaritans on 116 123/);
  });

  it('writes calm messages that name the alternatives', () => {
    const [finding] = checkText('The junkies were moved on.');
    expect(finding!.message).toMatch(/^Consider “people who use drugs” instead of “junkies”\./);
    expect(finding!.message).not.toMatch(/wrong|bad|offensive|must/i);
  });
});

describe('createChecker options', () => {
  it('allows by rule id or by phrase', () => {
    expect(createChecker({ allow: ['addict'] }).check('The addict called.')).toEqual([]);
    expect(createChecker({ allow: ['crack addict'] }).check('A crack addict called. An addict called.').map((f) => f.match)).toEqual(['An addict']);
  });

  it('extends the lexicon with validated entries', () => {
    const checker = createChecker({
      extend: [
        {
          id: 'service-jargon',
          category: 'service-language',
          terms: ['case closure'],
          alternatives: ['ending our support'],
          rationale: 'Jargon that sounds final and cold to the person reading it.',
          sources: ['https://example.org/guide'],
          severity: { ui: 'warning', 'clinical-record': 'off', policy: 'suggestion' },
          examples: { flag: ['Case closure letter'], pass: ['Ending our support'] },
        },
      ],
    });
    expect(checker.check('Your case closure letter is attached.')[0]).toMatchObject({ ruleId: 'service-jargon', alternatives: ['ending our support'] });
  });

  it('switches severity by profile and categories off', () => {
    expect(createChecker({ profile: 'clinical-record' }).check('He relapsed in May.')).toEqual([]);
    expect(createChecker({ profile: 'ui' }).check('He relapsed in May.')[0]!.severity).toBe('suggestion');
    expect(createChecker({ categories: { 'substance-use': false } }).check('The junkie called.')).toEqual([]);
    expect(createChecker({ minSeverity: 'error' }).check('He relapsed. The junkie called.').map((f) => f.ruleId)).toEqual(['junkie']);
  });

  it('answers bad options and bad text with a typed, calm error', () => {
    expect(() => createChecker({ profile: 'web' } as never)).toThrow(SafeLanguageError);
    try {
      createChecker({ extend: [{ id: 'Bad Id', category: 'x' }] } as never);
    } catch (error) {
      expect(error).toBeInstanceOf(SafeLanguageError);
      const issues = (error as SafeLanguageError).issues;
      expect(issues.map((issue) => issue.where)).toContain('extend[0].id');
      expect(issues.every((issue) => issue.message.length > 0)).toBe(true);
    }
    expect(() => checkText(42 as never)).toThrow(/Pass the text to check as a string/);
  });
});

describe('properties', () => {
  const { run } = compileChecker();
  const words = ['addict', 'drug', 'abuse', 'child', 'hard', 'to', 'reach', 'alcoholic', 'drinks', 'the', 'a', 'frequent', 'flyer', '“', '"', "'s", '-', '\n', ' ', '.', 'I', 'É', '\u2019'];

  it('never throws on any text, and every finding is well formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const finding of run(text)) {
          expect(text.slice(finding.start, finding.end)).toBe(finding.match);
          expect(finding.sources.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('offsets always index the original text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        const text = parts.join(' ') + noise;
        for (const finding of run(text)) {
          expect(text.slice(finding.start, finding.end)).toBe(finding.match);
          expect(finding.start).toBeLessThan(finding.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does work linear in the input, even for long adversarial strings', () => {
    const measure = (text: string): CheckStats => {
      const stats: CheckStats = { tokens: 0, steps: 0 };
      run(text, stats);
      return stats;
    };
    const steps = (text: string): number => measure(text).steps;
    const near = ['hard to hard to hard to reach ', 'drug drug drug addict ', 'failed suicide failed ', 'a a a an an ', 'aaaaaaaa'];
    for (const unit of near) {
      const small = steps(unit.repeat(2_000));
      const large = measure(unit.repeat(20_000));
      // Ten times the input takes about ten times the work, never the square.
      expect(large.steps / small).toBeLessThan(11);
      expect(large.steps).toBeLessThanOrEqual(4 * large.tokens + 10);
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }), (parts) => {
        const unit = parts.join(' ') + ' ';
        const tokens = unit.split(/\s+/).length;
        return steps(unit.repeat(200)) <= 4 * tokens * 200 + 10;
      }),
      { numRuns: 100 },
    );
  });
});
