import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText, wrapText } from './text';

describe('text measurement without a DOM', () => {
  it('uses Arial advance widths, scaled to the font size', () => {
    expect(measureText('i', 10)).toBeCloseTo(2.22);
    expect(measureText('W', 10)).toBeCloseTo(9.44);
    expect(measureText('Hello', 13)).toBeCloseTo(((722 + 556 + 222 + 222 + 556) * 13) / 1000);
    expect(measureText('信任', 10)).toBe(20);
    expect(measureText('', 12)).toBe(0);
  });

  it('wraps at word boundaries and splits only words longer than a line', () => {
    expect(wrapText('People feel welcome and know what to expect', 120, 13)).toEqual(['People feel welcome', 'and know what to', 'expect']);
    const long = wrapText('supercalifragilisticexpialidocious', 60, 13);
    expect(long.length).toBeGreaterThan(2);
    expect(long.join('')).toBe('supercalifragilisticexpialidocious');
  });

  it('keeps every word, in order, and no line wider than allowed unless it is one character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 20, max: 300 }), (text, width) => {
        const lines = wrapText(text, width, 13);
        expect(lines.join(' ').split(/\s+/).join('')).toBe(text.trim().split(/\s+/).join(''));
        for (const line of lines) if ([...line].length > 1) expect(measureText(line, 13)).toBeLessThanOrEqual(width);
      }),
      { numRuns: 200 },
    );
  });
});
