// measureText and wrapText measure as layout() does: through the measuring hook (the width table here, in
// Node, where there is no canvas), word by word, in the layout's font family unless told otherwise.
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layout, measureText, wrapText } from './index';
import { DEFAULT_FONT_FAMILY, measureWithTable } from './layout/measure';
import { measureText as arialWidth } from './layout/text';

describe('the exported text helpers', () => {
  it('measure with the server’s width table, not Arial’s widths alone', () => {
    expect(measureText('Needs attention', 13)).toBe(measureWithTable('Needs attention', `13px ${DEFAULT_FONT_FAMILY}`));
    expect(measureText('Needs attention', 13)).toBeGreaterThan(arialWidth('Needs attention', 13));
  });

  it('wrap a label into the very lines layout() draws in its box', () => {
    const toc = exampleTheoryOfChange();
    const drawn = layout(toc);
    const inner = (drawn.options.maxNodeWidth - 2 * drawn.options.padding) / 1.03;
    for (const [i, node] of toc.nodes.entries()) expect(wrapText(node.label, inner, 13)).toEqual(drawn.nodes[i]!.lines);
  });

  it('use the font family and the measuring hook they are given', () => {
    const fonts: string[] = [];
    const measure = (text: string, font: string) => (fonts.push(font), text.length * 5);
    expect(measureText('abc', 12, { fontFamily: 'Georgia, serif', measureText: measure })).toBe(15);
    expect(wrapText('one two three', 30, 12, { fontFamily: 'Georgia, serif', measureText: measure })).toEqual(['one', 'two', 'three']);
    expect(new Set(fonts)).toEqual(new Set(['12px Georgia, serif']));
  });

  it('keep every word, in order, and no line wider than allowed unless it is one character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 20, max: 300 }), (text, width) => {
        const lines = wrapText(text, width, 13);
        expect(lines.join(' ').split(/\s+/).join('')).toBe(text.trim().split(/\s+/).join(''));
        for (const line of lines) if ([...line].length > 1) expect(measureText(line, 13)).toBeLessThanOrEqual(width + 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
