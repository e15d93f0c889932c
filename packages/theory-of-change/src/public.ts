// The small helpers the package exports, each checking its input with zod first (the layout and
// renderers call the unchecked versions on input they have already parsed).
import { TocNodeSchema, type TheoryOfChange, type TocNode } from '@nttp/domain';
import { z } from 'zod/v4';
import { parseOptions, parseToc } from './errors';
import { countPolylineCrossings as countCrossings, type Point } from './layout/crossings';
import { cssFont, defaultMeasureText, wordMeasure, wrapWords, type MeasureText } from './layout/measure';
import { LayoutOptionsSchema } from './layout/options';
import { summarise as summary } from './render/describe';
import { outline as outlineOf, type Outline } from './render/outline';
import { nodeStatus as statusOf, statusLine as lineOf, type STATUS_TEXT } from './status';

const size = (what: string) =>
  z.number({ error: `${what} should be a number.` }).positive({ error: `${what} should be more than 0.` }).finite({ error: `${what} should be a finite number.` });
const text = z.string({ error: 'The text should be a string.' });
/** How the text helpers measure: the font family, and the hook (as for `layout()`). */
export interface TextOptions {
  /** The CSS font family; the layout's default when left out. */
  fontFamily?: string;
  /** `(text, font) => width`; by default the canvas in a browser and the width table elsewhere, as in `layout()`. */
  measureText?: MeasureText;
}
const TextOptionsSchema = z
  .object({ fontFamily: LayoutOptionsSchema.shape.fontFamily, measureText: LayoutOptionsSchema.shape.measureText }, { error: 'The text options should look like { fontFamily, measureText }.' })
  .prefault({});
const MeasureSchema = z.object({ text, fontSize: size('The font size'), options: TextOptionsSchema });
const WrapSchema = z.object({ text, maxWidth: size('The width'), fontSize: size('The font size'), options: TextOptionsSchema });
const LinesSchema = z.array(z.array(z.object({ x: z.number({ error: 'x should be a number.' }), y: z.number({ error: 'y should be a number.' }) }), { error: 'Each line should be a list of points.' }), {
  error: 'Expected a list of polylines, each a list of { x, y } points.',
});

/**
 * Width of `text` in pixels at `fontSize`, measured as `layout()` measures labels: with the canvas in a
 * browser, the width table elsewhere, or `options.measureText`.
 */
export function measureText(input: string, fontSize: number, options?: TextOptions): number {
  const args = parseOptions(MeasureSchema, { text: input, fontSize, options }, 'text to measure');
  const measure = args.options.measureText ?? defaultMeasureText();
  return wordMeasure(measure, cssFont(args.fontSize, args.options.fontFamily)).width(args.text);
}

/** Breaks `text` into lines no wider than `maxWidth` at `fontSize`, word by word as `layout()` wraps labels. */
export function wrapText(input: string, maxWidth: number, fontSize: number, options?: TextOptions): string[] {
  const args = parseOptions(WrapSchema, { text: input, maxWidth, fontSize, options }, 'text to wrap');
  const measure = args.options.measureText ?? defaultMeasureText();
  return wrapWords(args.text, args.maxWidth, wordMeasure(measure, cssFont(args.fontSize, args.options.fontFamily))).lines;
}

/** Crossings between polylines: pairs of segments from different lines that cross properly. */
export function countPolylineCrossings(lines: readonly (readonly Point[])[]): number {
  return countCrossings(parseOptions(LinesSchema, lines, 'list of polylines'));
}

function parseNode(node: unknown): TocNode {
  return parseOptions(TocNodeSchema, node, 'step');
}

/** The status a step's box shows: the most pressing of its indicators, or that an outcome has none. */
export function nodeStatus(node: TocNode): keyof typeof STATUS_TEXT | undefined {
  return statusOf(parseNode(node));
}

/** The status line drawn on a step's box, icon and words, such as "◆ Needs attention". */
export function statusLine(node: TocNode): string | undefined {
  return lineOf(parseNode(node));
}

/** The pathways from each activity as a tree (each step's onward pathway listed once). */
export function outline(toc: TheoryOfChange): Outline {
  return outlineOf(parseToc(toc));
}

/** A one-paragraph summary of a Theory of Change. */
export function summarise(toc: TheoryOfChange): string {
  return summary(parseToc(toc));
}
