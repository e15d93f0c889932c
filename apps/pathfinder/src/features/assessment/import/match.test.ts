import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOSE_FROM, matchHeadings, normaliseText, similarity, SUGGEST_FROM } from './match';

const STATEMENTS = [
  { id: 'a', text: 'People here feel able to raise a concern without worrying about how it will be received.' },
  { id: 'b', text: 'Leaders explain the reasons for decisions that affect staff and the people we support.' },
  { id: 'c', text: 'Our buildings and waiting areas feel calm and safe.' },
];

describe('normaliseText', () => {
  it('ignores case, curly quotes, punctuation, number prefixes and trailing spaces', () => {
    expect(normaliseText('  3. Staff’s “views” — matter!  ')).toBe(normaliseText("staffs 'views' matter"));
    expect(normaliseText('Q12) Our buildings')).toBe('our buildings');
    expect(normaliseText('Question 4: Our buildings…')).toBe('our buildings');
  });
});

describe('similarity and matching', () => {
  it('scores the same words 1, whatever the case, quotes, numbering or Google grid title', () => {
    expect(similarity('3. OUR BUILDINGS AND WAITING AREAS FEEL CALM AND SAFE', STATEMENTS[2]!.text)).toBe(1);
    expect(similarity('How far do you agree? [Our buildings and waiting areas feel calm and safe.]', STATEMENTS[2]!.text)).toBe(1);
  });

  it('scores a heading cut short, or with one word changed, as close but below an exact match', () => {
    const cut = similarity('Leaders explain the reasons for decisions that…', STATEMENTS[1]!.text);
    const changed = similarity(STATEMENTS[0]!.text.replace('concern', 'worry'), STATEMENTS[0]!.text);
    for (const score of [cut, changed]) {
      expect(score).toBeGreaterThanOrEqual(CLOSE_FROM);
      expect(score).toBeLessThan(1);
    }
  });

  it('suggests nothing for a column about something else', () => {
    expect(matchHeadings(['Which team are you in?'], STATEMENTS)[0]!.statementId).toBeNull();
  });

  it('never gives one statement to two columns', () => {
    const result = matchHeadings([STATEMENTS[2]!.text, `1. ${STATEMENTS[2]!.text}`], STATEMENTS);
    expect(result.map((m) => m.statementId).filter(Boolean)).toEqual(['c']);
  });

  it('matches every statement to its own text under any mix of case and numbering (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 99 })), { minLength: 3, maxLength: 3 }), (styles) => {
        const headings = STATEMENTS.map((s, i) => {
          const [upper, n] = styles[i]!;
          return `${n}. ${upper ? s.text.toUpperCase() : s.text}`;
        }).reverse();
        const result = matchHeadings(headings, STATEMENTS);
        expect(result.map((m) => m.statementId)).toEqual(['c', 'b', 'a']);
        expect(result.every((m) => m.score >= SUGGEST_FROM)).toBe(true);
      }),
    );
  });

  it('keeps similarity between 0 and 1 and symmetric in exact matches (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const score = similarity(a, b);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }),
    );
  });
});
