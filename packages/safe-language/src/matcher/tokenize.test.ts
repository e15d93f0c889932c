import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('normalises case, curly apostrophes and possessives, with offsets into the original', () => {
    const text = 'ÉMILE’S Addicts’ “hard‑to‑reach”\nDON’T';
    const tokens = tokenize(text);
    expect(tokens.text).toEqual(['émile', 'addicts', 'hard', 'to', 'reach', "don't"]);
    expect(Array.from(tokens.possessive.slice(0, tokens.count))).toEqual([1, 1, 0, 0, 0, 0]);
    expect(text.slice(tokens.start[1], tokens.end[1])).toBe('Addicts’');
  });

  it('splits sentences at full stops and blank lines, not inside numbers or single line breaks', () => {
    const tokens = tokenize('One 1.5 two\nthree. Four\n\nfive');
    expect(Array.from(tokens.sentence.slice(0, tokens.count))).toEqual([0, 0, 0, 0, 0, 1, 2]);
  });

  it('gives tokens that are always slices of the text, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (text) => {
        const tokens = tokenize(text);
        let last = 0;
        for (let i = 0; i < tokens.count; i++) {
          const start = tokens.start[i] as number;
          const end = tokens.end[i] as number;
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          last = end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
