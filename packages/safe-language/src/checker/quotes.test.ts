import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes } from './quotes';
import { checkText } from '../index';

const pieces = fc.constantFrom("'", '\u2018', '\u2019', '"', '\u201c', '\u201d', ' ', 'addict', 'users', 's', 'don', 't', '.', ',', '\n\n', 'the word ', 'junkie');
const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

describe('findQuotes', () => {
  it('finds short named words as mentions and longer speech as quotation', () => {
    const text = "We say 'drug users' less now. She said, 'I felt like an addict there, and it hurt.'";
    expect(findQuotes(text).around(text.indexOf('drug'), text.indexOf('users') + 5)).toMatchObject({ mention: true });
    expect(findQuotes(text).around(text.indexOf('addict'), text.indexOf('addict') + 6)).toMatchObject({ mention: false });
  });

  it('takes a plural possessive with no opening mark as a possessive, not a closing quote', () => {
    const text = "The users' group meets on Friday.";
    expect(findQuotes(text).closesAt(text.indexOf("'"))).toBe(false);
  });

  it('property: any text gives spans inside it, opening before closing, and never throws', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, at) => {
        const quotes = findQuotes(text);
        const start = text.length === 0 ? 0 : at % text.length;
        const span = quotes.around(start, start);
        if (span) {
          expect(span.open).toBeLessThan(start);
          expect(span.close).toBeGreaterThanOrEqual(start);
          expect(span.close).toBeLessThan(text.length);
        }
      }),
    );
  });

  it('property: findings still point at their text exactly, whatever the quote marks', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const finding of checkText(text)) expect(text.slice(finding.start, finding.end)).toBe(finding.match);
      }),
    );
  });
});
