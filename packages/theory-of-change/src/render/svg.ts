import type { TheoryOfChange } from '@nttp/domain';
import { z } from 'zod/v4';
import { parseOptions, parseToc } from '../errors';
import { layoutParsed } from '../layout/layout';
import { LayoutOptionsSchema } from '../layout/options';
import { validate } from '../validate/validate';
import { describe, summarise } from './describe';
import { escapeXml } from './escape';
import { buildModel, type DiagramModel } from './model';
import { checkLabels } from './check-labels';
import { pathData } from './geometry';
import { PRINT_HIDE, PRINT_PAGE_RULE, printPages, printStyle } from './print';
import { diagramStyle } from './theme';

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
  /** Draw the checks from `validate()` on the diagram: dashed outlines and a few words on each step or link. */
  checks: z.boolean({ error: 'checks is either true or false.' }).default(false),
  /** `"width"` scales the drawing to its container's width (through its viewBox); `"none"` keeps its own size. */
  fit: z.enum(['none', 'width'], { error: 'fit is either "none" or "width".' }).default('none'),
  /**
   * `"fit"` prints the drawing scaled to the page's width. `"pages"` returns an HTML fragment for a page
   * (a `<div>` holding the SVG) that prints on landscape pages of its own and, when the drawing is too
   * wide to read on one page, as groups of whole stages, one page each, as React and the element print.
   */
  print: z.enum(['fit', 'pages'], { error: 'print is either "fit" or "pages".' }).default('fit'),
});
export type SvgOptions = z.input<typeof SvgOptionsSchema>;
type ResolvedSvgOptions = z.output<typeof SvgOptionsSchema>;

const f = (n: number) => String(Math.round(n * 100) / 100);

/**
 * A standalone, accessible SVG string for a Theory of Change: escaped text, `<title>` and `<desc>`,
 * `role="img"`, no scripts, its styles scoped to itself, themeable through CSS custom properties, and no
 * DOM needed to make it.
 */
export function renderSvg(input: TheoryOfChange, options?: SvgOptions): string {
  return drawSvg(parseToc(input), options).svg;
}

/** Steps drawn as focusable buttons (the custom element's keyboard mode): the one step in the tab order. */
export interface Interactive {
  tabbable: string | undefined;
}

/** renderSvg for a parsed document, also returning the model (the custom element navigates with it). */
export function drawSvg(toc: TheoryOfChange, options?: SvgOptions, interactive?: (model: DiagramModel) => Interactive): { svg: string; model: DiagramModel; prefix: string } {
  const opts: ResolvedSvgOptions = parseOptions(SvgOptionsSchema, options, 'set of SVG options');
  const { idPrefix, style, selectedId, description, checks, fit, print, ...layoutOptions } = opts;
  const model = buildModel(toc, layoutParsed(toc, layoutOptions), checks ? validate(toc) : []);
  const prefix = idPrefix ?? `toc-${toc.id.replace(/[^\w-]/g, '_')}`;
  const pages = print === 'pages' ? printPages(model, prefix) : '';
  const svg = svgFromModel(model, {
    prefix,
    style,
    fit,
    description: description === 'full' ? describe(toc) : summarise(toc),
    ...(print === 'pages' ? { print: { scope: `#${prefix}-printable`, hide: pages !== '' } } : {}),
    ...(selectedId ? { selectedId } : {}),
    ...(interactive ? { interactive: interactive(model) } : {}),
  });
  if (print === 'fit') return { svg, model, prefix };
  return { svg: `<div id="${prefix}-printable" class="ntoc-printable">${svg}${pages}</div>`, model, prefix };
}

interface Settings {
  prefix: string;
  style: boolean;
  fit: 'none' | 'width';
  description: string;
  selectedId?: string;
  interactive?: Interactive;
  /** Printing as pages: the wrapper's selector, and whether print pages replace the drawing on paper. */
  print?: { scope: string; hide: boolean };
}

function svgFromModel(model: DiagramModel, settings: Settings): string {
  const { prefix, interactive } = settings;
  const { drawn, fontSize } = model;
  const opts = drawn.options;
  const classes = `ntoc-diagram${settings.fit === 'width' ? ' ntoc-fit' : ''}${settings.print?.hide ? ` ${PRINT_HIDE}` : ''}`;
  const size = settings.fit === 'width' ? `width="100%" class="${classes}"` : `width="${f(drawn.width)}" height="${f(drawn.height)}" class="${classes}"`;
  const printRules = settings.print ? `${PRINT_PAGE_RULE}${printStyle(settings.print.scope)}` : '';
  // in keyboard mode the svg is a group of buttons: the drawing around them is hidden from screen readers
  const hidden = interactive ? ' aria-hidden="true"' : '';
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${prefix}" ${size} viewBox="0 0 ${f(drawn.width)} ${f(drawn.height)}" role="${interactive ? 'group' : 'img'}" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc" font-size="${fontSize}">`,
    `<title id="${prefix}-title">${escapeXml(model.toc.title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(settings.description)}</desc>`,
  ];
  out.push(
    // the marker sits inside the drawing's group, where the scoped rules colour its arrowhead
    `<g id="${prefix}-drawing" font-size="${fontSize}">${settings.style ? `<style>${diagramStyle(prefix)}${printRules}</style>` : ''}`,
    `<defs><marker id="${prefix}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="ntoc-arrow" d="M0,0L10,5L0,10z"/></marker></defs><g class="ntoc-frame"${hidden}>`,
    `<rect class="ntoc-background" width="${f(drawn.width)}" height="${f(drawn.height)}"/>`,
  );
  for (const band of model.bands) out.push(`<rect class="ntoc-stage-band" x="${f(band.x)}" y="${f(band.y)}" width="${f(band.width)}" height="${f(band.height)}" rx="8"/>`);
  for (const lane of model.lanes) {
    out.push(
      `<g class="ntoc-lane-group"><rect class="ntoc-lane" data-lane="${escapeXml(lane.key)}" x="${f(opts.margin / 2)}" y="${f(lane.y)}" width="${f(drawn.width - opts.margin)}" height="${f(lane.height)}" rx="6"/>`,
      `<text class="ntoc-lane-label" x="${f(opts.margin)}" y="${f(lane.y + fontSize + 2)}">${escapeXml(lane.label)}</text></g>`,
    );
  }
  for (const stage of model.stages) out.push(`<text class="ntoc-heading" x="${f(stage.x)}" y="${f(opts.margin + fontSize)}">${escapeXml(stage.label)}</text>`);
  if (model.ceiling) {
    const { x, top, bottom } = model.ceiling;
    out.push(
      `<g class="ntoc-ceiling"><line x1="${f(x)}" y1="${f(top)}" x2="${f(x)}" y2="${f(bottom)}"/>`,
      `<text x="${f(x + 4)}" y="${f(bottom - 4)}" font-size="${f(fontSize * 0.85)}">Ceiling of accountability</text></g>`,
    );
  }
  out.push(`</g><g class="ntoc-links"${hidden}>`);
  for (const drawnLink of model.links) {
    const flagged = drawnLink.checks.length > 0 ? ' ntoc-flagged' : '';
    out.push(
      `<path class="ntoc-link${flagged}" data-link-id="${escapeXml(drawnLink.link.id)}" d="${pathData(drawnLink.points)}" marker-end="url(#${prefix}-arrow)"><title>${escapeXml(drawnLink.title)}</title></path>`,
    );
  }
  out.push('</g><g class="ntoc-nodes">');
  for (const item of model.boxes) {
    const { box, node } = item;
    const isSelected = item.interactive && settings.selectedId === node.id;
    const button = interactive && item.interactive;
    const extra = button
      ? ` role="button" tabindex="${interactive.tabbable === node.id ? 0 : -1}" aria-pressed="${isSelected}" aria-label="${escapeXml(model.names.get(node.id)!)}"`
      : interactive
        ? ' aria-hidden="true"'
        : '';
    out.push(
      `<g class="ntoc-node ntoc-kind-${node.kind} ntoc-scope-${node.scope}${isSelected ? ' ntoc-selected' : ''}" data-node-id="${escapeXml(node.id)}" transform="translate(${f(box.x)},${f(box.y)})"${extra}>`,
      `<title>${escapeXml(item.title)}</title>`,
      `<rect width="${f(box.width)}" height="${f(box.height)}" rx="6"/>`,
      `<text class="ntoc-label"${hidden}>${item.lines.map((l) => `<tspan x="${f(l.x)}" y="${f(l.y)}">${escapeXml(l.text)}</tspan>`).join('')}</text>`,
    );
    if (item.status) {
      const s = item.status;
      out.push(`<text class="ntoc-status ntoc-status-${s.tone}"${hidden} x="${f(s.x)}" y="${f(s.y)}" font-size="${f(fontSize * 0.9)}">${escapeXml(s.text)}</text>`);
    }
    out.push('</g>');
  }
  const checks = checkLabels(model);
  out.push('</g>');
  if (checks.length > 0) out.push(`<g class="ntoc-checks"${hidden}>`);
  for (const label of checks) {
    const outline = label.outline ? `<rect class="ntoc-check-outline" x="${f(label.outline.x)}" y="${f(label.outline.y)}" width="${f(label.outline.width)}" height="${f(label.outline.height)}" rx="8"/>` : '';
    out.push(
      `<g class="ntoc-check" data-check-for="${escapeXml(label.for)}"><title>${escapeXml(label.message)}</title>${outline}<rect class="ntoc-check-backdrop" x="${f(label.x - 2)}" y="${f(label.y - label.size)}" width="${f(label.width + 4)}" height="${f(label.size * 1.3)}" rx="3"/>`,
      `<text class="ntoc-check-label" x="${f(label.x)}" y="${f(label.y)}" font-size="${f(label.size)}">${escapeXml(label.text)}</text></g>`,
    );
  }
  out.push(checks.length > 0 ? '</g></g></svg>' : '</g></svg>');
  return out.join('');
}
