// Text measuring for box sizes. Layout asks a hook, `(text, font) => width in pixels`, with a CSS font
// such as `13px Arial, sans-serif`. In a browser the default is the canvas's measureText, so the page's own
// font fits; without a canvas (Node, server rendering, jsdom) it is a width table wide enough for the common
// sans-serif and serif fonts. Lines are measured word by word (word widths plus spaces), so the words are
// all that needs measuring: layoutAsync measures them on the page and sends the widths to its worker.
import type { TocNode } from '@nttp/domain';
import { nodeStatus, statusLine } from '../status';
import type { ResolvedLayoutOptions } from './options';
import { measureText as arialWidth } from './text';

/** Width in pixels of `text` drawn in `font` (a CSS font shorthand, such as `13px Arial, sans-serif`). */
export type MeasureText = (text: string, font: string) => number;

export const DEFAULT_FONT_FAMILY = 'Arial, "Liberation Sans", Helvetica, sans-serif';

export function cssFont(fontSize: number, fontFamily: string, weight = ''): string {
  return `${weight ? `${weight} ` : ''}${fontSize}px ${fontFamily}`;
}

function fontSizeOf(font: string): number {
  const match = /(\d+(?:\.\d+)?)px/.exec(font);
  return match ? Number(match[1]) : 13;
}

// For code points 32 (space) to 126 (~), in thousandths of an em: the widest of Liberation Sans (Arial's
// metrics), Liberation Serif (Times), DejaVu Sans and DejaVu Serif, read from their hmtx tables.
const WIDE_WIDTHS = [
  318, 402, 460, 838, 636, 950, 890, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636,
  337, 337, 838, 838, 838, 556, 1015, 722, 735, 765, 802, 730, 694, 799, 872, 395, 500, 747, 664, 1024, 875, 820, 673, 820, 753, 685,
  667, 843, 722, 1028, 722, 722, 695, 390, 337, 390, 838, 556, 500, 613, 640, 560, 640, 615, 370, 640, 644, 320, 310, 606, 320, 974,
  644, 612, 640, 640, 478, 521, 402, 644, 592, 856, 592, 592, 527, 636, 337, 636, 838,
];

/**
 * The server's measure: wide enough for Arial, Times, DejaVu Sans and DejaVu Serif alike, so boxes drawn
 * before the page's font is known still hold their labels (a monospaced page font wants `measureText`).
 */
export const measureWithTable: MeasureText = (text, font) => {
  const size = fontSizeOf(font);
  // bold runs about a tenth wider
  const weight = /^(bold|[6-9]00)\s/.test(font) ? 1.1 : 1;
  let total = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    total += code >= 32 && code <= 126 ? (WIDE_WIDTHS[code - 32]! * size) / 1000 : arialWidth(char, size) * 1.18;
  }
  return total * weight;
};

interface Context2d {
  font: string;
  measureText(text: string): { width: number };
}

/** The canvas's measureText (OffscreenCanvas, or a document's canvas), or undefined where there is none. */
export function canvasMeasure(): MeasureText | undefined {
  let context: Context2d | null | undefined;
  try {
    const scope = globalThis as { OffscreenCanvas?: new (w: number, h: number) => { getContext(kind: '2d'): unknown }; document?: { createElement(tag: 'canvas'): { getContext(kind: '2d'): unknown } } };
    if (typeof scope.OffscreenCanvas === 'function') context = new scope.OffscreenCanvas(1, 1).getContext('2d') as Context2d | null;
    if (!context && scope.document) context = scope.document.createElement('canvas').getContext('2d') as Context2d | null;
  } catch {
    context = undefined; // jsdom without a canvas package, or a canvas that is not allowed
  }
  if (!context || typeof context.measureText !== 'function') return undefined;
  const ctx = context;
  return (text, font) => {
    if (ctx.font !== font) ctx.font = font;
    return ctx.measureText(text).width;
  };
}

let defaultMeasure: MeasureText | undefined;

/** The canvas in a browser, the width table elsewhere (found once). */
export function defaultMeasureText(): MeasureText {
  defaultMeasure ??= canvasMeasure() ?? measureWithTable;
  return defaultMeasure;
}

/** Measures each distinct word once; lines are word widths plus spaces. */
export interface WordMeasure {
  width(text: string): number;
  space: number;
}

export function wordMeasure(measure: MeasureText, font: string): WordMeasure {
  const cache = new Map<string, number>();
  const width = (text: string) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = measure(text, font);
      if (!Number.isFinite(value) || value < 0) value = measureWithTable(text, font);
      cache.set(text, value);
    }
    return value;
  };
  return { width, space: width(' ') };
}

/** Every string that wrapping `texts` can measure: each word, each character (for words too long for a line) and a space. */
export function measuredPieces(texts: readonly string[]): string[] {
  const pieces = new Set<string>([' ']);
  for (const text of texts)
    for (const word of text.trim().split(/\s+/)) {
      if (!word) continue;
      pieces.add(word);
      for (const char of word) pieces.add(char);
    }
  return [...pieces];
}

export interface Wrapped {
  lines: string[];
  /** The widest line's width. */
  widest: number;
}

/** Breaks `text` into lines no wider than `maxWidth` (words first; a word longer than a line is split). */
export function wrapWords(text: string, maxWidth: number, measure: WordMeasure): Wrapped {
  const lines: string[] = [];
  let widest = 0;
  let line = '';
  let lineWidth = 0;
  const end = () => {
    if (line) {
      lines.push(line);
      widest = Math.max(widest, lineWidth);
    }
    line = '';
    lineWidth = 0;
  };
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const width = measure.width(word);
    if (line && lineWidth + measure.space + width <= maxWidth) {
      line = `${line} ${word}`;
      lineWidth += measure.space + width;
      continue;
    }
    end();
    if (width <= maxWidth) {
      line = word;
      lineWidth = width;
      continue;
    }
    for (const char of word) {
      const charWidth = measure.width(char);
      if (line && lineWidth + charWidth > maxWidth) end();
      line += char;
      lineWidth += charWidth;
    }
  }
  end();
  return lines.length > 0 ? { lines, widest } : { lines: [''], widest: 0 };
}

/**
 * The status line drawn under a step's label ("◆ Needs attention") and the CSS font it is drawn in: 0.9 of
 * the label size, bold when it asks for attention (.ntoc-status-at-risk and -missing), so layout can make
 * the box wide enough for it. Undefined when the box has none.
 */
export function statusText(node: TocNode, opts: ResolvedLayoutOptions): { text: string; font: string } | undefined {
  const text = opts.indicators ? statusLine(node) : undefined;
  if (!text) return undefined;
  const tone = nodeStatus(node);
  const size = Math.round(opts.fontSize * 0.9 * 100) / 100;
  return { text, font: cssFont(size, opts.fontFamily, tone === 'at-risk' || tone === 'missing' ? '600' : '') };
}
