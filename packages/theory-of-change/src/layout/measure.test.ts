import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TheoryOfChangeError } from '../errors';
import { labelArbitrary, tocArbitrary } from '../test-utils/arbitraries';
import { layout } from './layout';
import { canvasMeasure, DEFAULT_FONT_FAMILY, measuredPieces, measureWithTable, statusText, wordMeasure, wrapWords, type MeasureText } from './measure';

// DejaVu Sans advance widths (thousandths of an em) for code points 32 to 126, read from its hmtx table:
// the font that ran past the boxes sized with Arial's widths.
const DEJAVU_SANS = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636,
  337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635,
  611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974,
  634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
const dejaVuSans = (text: string, size: number) => [...text].reduce((sum, char) => sum + (DEJAVU_SANS[char.charCodeAt(0) - 32] ?? 1000), 0) * (size / 1000);

describe('text measuring', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sizes boxes on the server so labels in DejaVu Sans fit inside them', () => {
    const toc = exampleTheoryOfChange();
    const drawn = layout(toc);
    for (const node of drawn.nodes)
      for (const line of node.lines) expect(dejaVuSans(line, 13)).toBeLessThanOrEqual(node.width - 2 * drawn.options.padding);
  });

  it('asks the measureText hook, with the font, and sizes boxes by its answers', () => {
    const toc = exampleTheoryOfChange();
    const fonts = new Set<string>();
    const wide: MeasureText = (text, font) => {
      fonts.add(font);
      return text.length * 9;
    };
    const narrow: MeasureText = (text) => text.length * 4;
    const a = layout(toc, { measureText: wide, fontFamily: 'Georgia, serif' });
    const b = layout(toc, { measureText: narrow, fontFamily: 'Georgia, serif' });
    // labels, bold headings, and status lines (0.9 of the size, bold when they ask for attention)
    expect(fonts).toEqual(new Set(['13px Georgia, serif', '600 13px Georgia, serif', '11.7px Georgia, serif', '600 11.7px Georgia, serif']));
    const lines = (drawn: typeof a) => drawn.nodes.reduce((sum, n) => sum + n.lines.length, 0);
    expect(lines(a)).toBeGreaterThan(lines(b));
    for (const node of a.nodes) for (const line of node.lines) expect(line.length * 9).toBeLessThanOrEqual(node.width - 2 * a.options.padding);
  });

  it('uses the canvas where there is one (OffscreenCanvas in a browser or worker)', () => {
    const calls: string[] = [];
    class FakeCanvas {
      getContext() {
        return { font: '', measureText: (text: string) => (calls.push(text), { width: text.length * 7 }) };
      }
    }
    vi.stubGlobal('OffscreenCanvas', FakeCanvas);
    const measure = canvasMeasure()!;
    expect(measure('abc', '13px Arial')).toBe(21);
    expect(calls).toEqual(['abc']);
  });

  it('falls back to the width table where a canvas gives no context (jsdom, Node)', () => {
    vi.stubGlobal('OffscreenCanvas', class {
      getContext() {
        return null;
      }
    });
    expect(canvasMeasure()).toBeUndefined();
    expect(measureWithTable('Hi', '10px Arial')).toBeGreaterThan(9.44); // wider than Arial's 9.44
  });

  it('makes each box wide enough for its status line, measured with the same hook in its own font', () => {
    // a wide font: every character 0.75 em, bold a tenth wider (the status words are short, the font is not)
    const wide: MeasureText = (text, font) => [...text].length * 0.75 * Number(/([\d.]+)px/.exec(font)![1]) * (font.startsWith('600') ? 1.1 : 1);
    fc.assert(
      fc.property(tocArbitrary({ maxNodes: 20 }), fc.boolean(), (toc, narrow) => {
        const drawn = layout(toc, { measureText: wide, ...(narrow ? { maxNodeWidth: 60, minNodeWidth: 20 } : {}) });
        for (const [i, node] of toc.nodes.entries()) {
          const status = statusText(node, drawn.options);
          if (!status) continue;
          expect(drawn.nodes[i]!.width, status.text).toBeGreaterThanOrEqual(wide(status.text, status.font) + 2 * drawn.options.padding);
        }
      }),
      { numRuns: 40 },
    );
    const waiting = exampleTheoryOfChange().nodes.find((n) => n.id === 'i-shorter-waits')!;
    expect(statusText(waiting, layout(exampleTheoryOfChange()).options)).toEqual({ text: '◆ Needs attention', font: `600 11.7px ${DEFAULT_FONT_FAMILY}` });
  });

  it('answers a measureText that is not a function with a calm, named issue', () => {
    try {
      layout(exampleTheoryOfChange(), { measureText: 12 as never });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TheoryOfChangeError);
      expect((error as TheoryOfChangeError).issues.map((i) => [i.where, i.message])).toEqual([['measureText', 'measureText should be a function (text, font) => width.']]);
    }
  });
});

describe('wrapping properties', () => {
  it('keeps every word, in order, and no line wider than allowed unless one character is', () => {
    fc.assert(
      fc.property(labelArbitrary, fc.integer({ min: 20, max: 300 }), (label, maxWidth) => {
        const words = wordMeasure(measureWithTable, '13px Arial');
        const { lines, widest } = wrapWords(label, maxWidth, words);
        expect(lines.join('').replace(/\s/g, '')).toBe(label.replace(/\s/g, ''));
        for (const line of lines) {
          const width = line.split(' ').reduce((sum, word, i) => sum + words.width(word) + (i > 0 ? words.space : 0), 0);
          expect(width).toBeLessThanOrEqual(Math.max(maxWidth, ...[...line].map((c) => words.width(c))) + 1e-9);
          expect(width).toBeLessThanOrEqual(widest + 1e-9);
        }
      }),
    );
  });

  it('needs only the pieces measuredPieces lists, for the labels', () => {
    fc.assert(
      fc.property(tocArbitrary({ maxNodes: 12 }), (toc) => {
        const pieces = new Set(measuredPieces(toc.nodes.map((n) => n.label)));
        const asked: string[] = [];
        layout(toc, { measureText: (text, font) => (font.startsWith('13px') && asked.push(text), text.length * 7) });
        for (const text of asked) expect(pieces.has(text)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
