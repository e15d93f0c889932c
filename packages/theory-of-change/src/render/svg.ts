import type { TheoryOfChange } from '@nttp/domain';
import { z } from 'zod';
import { parseOptions, parseToc } from '../errors';
import { layoutParsed, lineHeight, type TocLayout } from '../layout/layout';
import { LayoutOptionsSchema } from '../layout/options';
import { STAGE_NAMES } from '../validate/labels';
import { describe, summarise } from './describe';
import { escapeXml } from './escape';
import { capitalise, pathData } from './geometry';
import { nodeStatus, statusLine } from './status';
import { SVG_STYLE } from './theme';

export const SvgOptionsSchema = LayoutOptionsSchema.extend({
  /** Prefix for the ids inside the SVG; set it when one page shows the same diagram twice. */
  idPrefix: z
    .string({ error: 'idPrefix should be text.' })
    .regex(/^[A-Za-z][\w-]*$/, { error: 'idPrefix starts with a letter and uses letters, digits, hyphens and underscores only.' })
    .optional(),
  /** Include the stylesheet (turn it off to style the diagram entirely from the page). */
  style: z.boolean({ error: 'style is either true or false.' }).default(true),
  /** What `<desc>` holds: a short summary (the default), or the full long description from `describe()`. */
  description: z.enum(['summary', 'full'], { error: 'description is either "summary" or "full".' }).default('summary'),
  /** Id of a node to draw as selected. */
  selectedId: z.string({ error: 'selectedId should be text.' }).optional(),
});
export type SvgOptions = z.input<typeof SvgOptionsSchema>;

const f = (n: number) => String(Math.round(n * 100) / 100);

/**
 * A standalone, accessible SVG string for a Theory of Change: escaped text, `<title>` and `<desc>`,
 * `role="img"`, no scripts, themeable through CSS custom properties, and no DOM needed to make it.
 */
export function renderSvg(input: TheoryOfChange, options?: SvgOptions): string {
  return drawSvg(parseToc(input), options).svg;
}

/** Steps drawn as focusable buttons with accessible names (the custom element's keyboard mode). */
export interface Interactive {
  name: (id: string) => string;
  /** The one step in the tab order. */
  tabbable: string | undefined;
}

/** renderSvg for a parsed document, also returning the layout (the custom element navigates with it). */
export function drawSvg(toc: TheoryOfChange, options?: SvgOptions, interactive?: (drawn: TocLayout) => Interactive): { svg: string; drawn: TocLayout } {
  const opts = parseOptions(SvgOptionsSchema, options, 'set of SVG options');
  const { idPrefix, style, selectedId, description, ...layoutOptions } = opts;
  const drawn = layoutParsed(toc, layoutOptions);
  const svg = svgFromLayout(toc, drawn, {
    prefix: idPrefix ?? `toc-${toc.id}`,
    style,
    fullDescription: description === 'full',
    ...(selectedId ? { selectedId } : {}),
    ...(interactive ? { interactive: interactive(drawn) } : {}),
  });
  return { svg, drawn };
}

export function svgFromLayout(toc: TheoryOfChange, drawn: TocLayout, settings: { prefix: string; style: boolean; fullDescription?: boolean; selectedId?: string; interactive?: Interactive }): string {
  const { prefix } = settings;
  const opts = drawn.options;
  const fontSize = opts.fontSize;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="toc-diagram" viewBox="0 0 ${f(drawn.width)} ${f(drawn.height)}" width="${f(drawn.width)}" height="${f(drawn.height)}" role="${settings.interactive ? 'group' : 'img'}" aria-labelledby="${prefix}-title ${prefix}-desc" font-size="${fontSize}">`,
    `<title id="${prefix}-title">${escapeXml(toc.title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(settings.fullDescription ? describe(toc) : summarise(toc))}</desc>`,
  );
  if (settings.style) out.push(`<style>${SVG_STYLE}</style>`);
  out.push(
    `<defs><marker id="${prefix}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="toc-arrow" d="M0,0L10,5L0,10z"/></marker></defs>`,
    `<rect class="toc-background" width="${f(drawn.width)}" height="${f(drawn.height)}"/>`,
  );
  for (const lane of drawn.lanes) {
    out.push(
      `<g class="toc-lane-group"><rect class="toc-lane" x="${f(opts.margin / 2)}" y="${f(lane.y)}" width="${f(drawn.width - opts.margin)}" height="${f(lane.height)}" rx="6"/>`,
      `<text class="toc-lane-label" x="${f(opts.margin)}" y="${f(lane.y + fontSize + 2)}">${escapeXml(lane.label)}</text></g>`,
    );
  }
  for (const column of drawn.columns) {
    out.push(`<text class="toc-heading" x="${f(column.x)}" y="${f(opts.margin + fontSize)}">${escapeXml(STAGE_NAMES[column.kind].many)}</text>`);
  }
  if (drawn.ceilingX !== undefined) {
    const top = opts.margin + opts.headerHeight / 2;
    out.push(
      `<g class="toc-ceiling"><line x1="${f(drawn.ceilingX)}" y1="${f(top)}" x2="${f(drawn.ceilingX)}" y2="${f(drawn.height - opts.margin / 2)}"/>`,
      `<text x="${f(drawn.ceilingX + 4)}" y="${f(drawn.height - opts.margin / 2 - 4)}" font-size="${f(fontSize * 0.85)}">Ceiling of accountability</text></g>`,
    );
  }
  const labelOf = new Map<string, string>();
  for (const node of toc.nodes) if (!labelOf.has(node.id)) labelOf.set(node.id, node.label);
  const hidden = settings.interactive ? ' aria-hidden="true"' : '';
  out.push(`<g class="toc-links"${hidden}>`);
  // layout() draws the links whose ends exist, in input order
  toc.links
    .filter((link) => labelOf.has(link.from) && labelOf.has(link.to))
    .forEach((link, k) => {
      const path = drawn.links[k]!;
      const d = pathData(path.points);
      const why = link.rationale ? `: ${link.rationale}` : '';
      out.push(
        `<path class="toc-link" data-link-id="${escapeXml(link.id)}" d="${d}" marker-end="url(#${prefix}-arrow)"><title>${escapeXml(`${labelOf.get(link.from)} leads to ${labelOf.get(link.to)}${why}`)}</title></path>`,
      );
    });
  out.push('</g><g class="toc-nodes">');
  const line = lineHeight(opts);
  const seen = new Set<string>();
  toc.nodes.forEach((node, i) => {
    const box = drawn.nodes[i]!;
    const isSelected = settings.selectedId === node.id;
    const selected = isSelected ? ' toc-selected' : '';
    // in keyboard mode the first step with each id is a button; a repeated id is drawn but not reachable
    const button = settings.interactive && !seen.has(node.id);
    seen.add(node.id);
    const extra = button
      ? ` role="button" tabindex="${settings.interactive!.tabbable === node.id ? 0 : -1}" aria-pressed="${isSelected}" aria-label="${escapeXml(settings.interactive!.name(node.id))}"`
      : settings.interactive
        ? ' aria-hidden="true"'
        : '';
    out.push(
      `<g class="toc-node toc-kind-${node.kind} toc-scope-${node.scope}${selected}" data-node-id="${escapeXml(node.id)}"${extra}>`,
      `<title>${escapeXml(`${capitalise(STAGE_NAMES[node.kind].one)}: ${node.label}`)}</title>`,
      `<rect x="${f(box.x)}" y="${f(box.y)}" width="${f(box.width)}" height="${f(box.height)}" rx="6"/>`,
    );
    const text = box.lines
      .map((t, k) => `<tspan x="${f(box.x + opts.padding)}" y="${f(box.y + opts.padding + line * k + fontSize)}">${escapeXml(k < box.lines.length - 1 ? `${t} ` : t)}</tspan>`)
      .join('');
    out.push(`<text class="toc-label"${hidden}>${text}</text>`);
    const status = opts.indicators ? statusLine(node) : undefined;
    if (status) {
      const y = box.y + opts.padding + line * box.lines.length + fontSize;
      out.push(`<text class="toc-status toc-status-${nodeStatus(node)}"${hidden} x="${f(box.x + opts.padding)}" y="${f(y)}" font-size="${f(fontSize * 0.9)}">${escapeXml(status)}</text>`);
    }
    out.push('</g>');
  });
  out.push('</g></svg>');
  return out.join('');
}
