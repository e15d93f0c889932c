import type { TocNode } from '@nttp/domain';
import { z } from 'zod/v4';
import { parseOptions } from '../errors';
import { DEFAULT_FONT_FAMILY, type MeasureText } from './measure';

const size = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} should be a number of pixels.` })
    .min(min, { error: `${what} should be at least ${min}.` })
    .max(max, { error: `${what} should be at most ${max}.` });

/** Which lane a step belongs in: its scope, its first theme, or any key a function gives. */
export type LaneKey = 'scope' | 'theme' | ((node: TocNode) => string);

const LanesSchema = z.strictObject(
  {
    by: z.union([z.enum(['scope', 'theme']), z.custom<(node: TocNode) => string>((value) => typeof value === 'function')], {
      error: 'lanes.by is "scope", "theme", or a function that gives each step its lane.',
    }),
    /** Lane ids from top to bottom; lanes not listed follow in their usual order. */
    order: z.array(z.string({ error: 'Each lane in lanes.order should be text.' }), { error: 'lanes.order should be a list of lane ids.' }).optional(),
    /** Names to show on the bands, by lane id (themes and scopes have names already). */
    labels: z.record(z.string(), z.string({ error: 'Each lane label should be text.' }), { error: 'lanes.labels should map lane ids to names.' }).optional(),
  },
  { error: 'lanes should look like { by: "theme" }, with an optional order and labels.' },
);

export const LayoutOptionsSchema = z.strictObject({
  /** Keep local and national steps in separate horizontal bands (the same as `lanes: { by: 'scope' }`). */
  swimlanes: z.boolean({ error: 'swimlanes is either true or false.' }).default(false),
  /** Horizontal bands by any key: scope, theme, or a function of the step (teams, places…). */
  lanes: LanesSchema.optional(),
  /** Leave room for an indicator status line under outcomes (the SVG draws it). */
  indicators: z.boolean({ error: 'indicators is either true or false.' }).default(true),
  fontSize: size('The font size', 6, 48).default(13),
  /** The font family the labels are drawn in (CSS), used to measure them. */
  fontFamily: z.string({ error: 'fontFamily should be a CSS font family, such as "Georgia, serif".' }).min(1, { error: 'fontFamily should name at least one font.' }).default(DEFAULT_FONT_FAMILY),
  /**
   * Measures text: `(text, font) => width in pixels`, with `font` a CSS font such as `13px Georgia, serif`.
   * By default the canvas in a browser and a width table wide enough for common fonts elsewhere.
   */
  measureText: z.custom<MeasureText>((value) => typeof value === 'function', { error: 'measureText should be a function (text, font) => width.' }).optional(),
  /** The widest a box may grow before its label wraps. */
  maxNodeWidth: size('The widest box', 60, 600).default(184),
  minNodeWidth: size('The narrowest box', 20, 600).default(96),
  columnGap: size('The gap between columns', 16, 400).default(72),
  rowGap: size('The gap between boxes', 4, 200).default(20),
  padding: size('The padding inside a box', 0, 40).default(10),
  /** Space above the columns for their headings. */
  headerHeight: size('The heading height', 0, 200).default(36),
  margin: size('The margin', 0, 200).default(16),
  /** Seed for the restarts of crossing reduction: the same seed always gives the same drawing. */
  seed: z.number({ error: 'The seed should be a whole number.' }).int({ error: 'The seed should be a whole number.' }).default(1),
  /** Extra restarts of crossing reduction from shuffled orders; more can find fewer crossings, slower. */
  restarts: z.number({ error: 'restarts should be a whole number.' }).int({ error: 'restarts should be a whole number.' }).min(0, { error: 'restarts should be 0 or more.' }).max(64, { error: 'restarts should be 64 or fewer.' }).optional(),
  /**
   * The drawing before an edit. When given, boxes keep their previous order and only local changes are
   * made, so an edit moves as little as possible (use it while someone edits; leave it out for a fresh,
   * best drawing).
   */
  previous: z
    .object(
      {
        nodes: z.array(z.object({ id: z.string(), y: z.number(), height: z.number().optional() }), {
          error: 'previous.nodes should be the nodes of an earlier layout.',
        }),
      },
      { error: 'previous should be an earlier result of layout().' },
    )
    .optional(),
});

export type LayoutOptions = z.input<typeof LayoutOptionsSchema>;
export type ResolvedLayoutOptions = z.output<typeof LayoutOptionsSchema>;

export function resolveLayoutOptions(options: unknown): ResolvedLayoutOptions {
  return parseOptions(LayoutOptionsSchema, options, 'set of layout options');
}
