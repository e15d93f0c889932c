// Printing: the drawing scales to a landscape page; a drawing too wide to read at that scale is printed
// as groups of whole stages, one page each, drawn from the same SVG with <use>.
import { escapeXml } from './escape';
import type { DiagramModel } from './model';

/** Roughly the width of a landscape A4 page inside its margins, in CSS pixels. */
const PAGE_WIDTH = 1000;
/** The smallest text size (in CSS pixels) worth printing. */
const SMALLEST_TEXT = 8;

export interface PrintGroup {
  x: number;
  width: number;
  /** The stage headings in the group, for the page's name. */
  stages: string[];
}

/**
 * Groups of consecutive stages, each narrow enough to print readably and as even as possible (the fewest
 * pages, then the narrowest widest page); one group when all of it fits.
 */
export function printGroups(model: DiagramModel): PrintGroup[] {
  const { drawn, fontSize } = model;
  const widest = (PAGE_WIDTH * fontSize) / SMALLEST_TEXT;
  const gap = drawn.options.columnGap;
  const spans = model.stages.map((stage) => ({ left: Math.max(0, stage.x - gap / 2), right: Math.min(drawn.width, stage.x + stage.width + gap / 2), label: stage.label }));
  const whole = [{ x: 0, width: drawn.width, stages: spans.map((s) => s.label) }];
  if (drawn.width <= widest || spans.length <= 1) return whole;
  const group = (from: number, to: number): PrintGroup => ({ x: spans[from]!.left, width: spans[to - 1]!.right - spans[from]!.left, stages: spans.slice(from, to).map((s) => s.label) });
  // at most six stages: trying every way to cut them is cheap
  let best: PrintGroup[] | undefined;
  const cut = (from: number, groups: PrintGroup[]) => {
    if (from === spans.length) {
      const score = (list: PrintGroup[]) => list.length * 1e9 + Math.max(...list.map((g) => g.width));
      if (!best || score(groups) < score(best)) best = groups;
      return;
    }
    for (let to = from + 1; to <= spans.length; to++) {
      const next = group(from, to);
      // a single stage wider than a page still gets a page of its own
      if (next.width > widest && to > from + 1) break;
      cut(to, [...groups, next]);
    }
  };
  cut(0, []);
  return best ?? whole;
}

/**
 * Print-only pages for a drawing too wide for one page (empty when it fits): each shows a group of
 * stages, clipped to it (a page shaped differently from its group would otherwise show its neighbours).
 */
export function printPages(model: DiagramModel, prefix: string): string {
  const groups = printGroups(model);
  if (groups.length <= 1) return '';
  const height = model.drawn.height;
  const pages = groups.map(
    (g, i) =>
      `<svg xmlns="http://www.w3.org/2000/svg" class="ntoc-print-page" viewBox="${g.x} 0 ${g.width} ${height}" role="img" aria-label="${escapeXml(`Page ${i + 1} of ${groups.length}: ${g.stages.join(', ')}`)}"><clipPath id="${prefix}-page-${i}"><rect x="${g.x}" width="${g.width}" height="${height}"/></clipPath><use href="#${prefix}-drawing" clip-path="url(#${prefix}-page-${i})"/></svg>`,
  );
  return `<div class="ntoc-print-pages">${pages.join('')}</div>`;
}

/** The class of the on-screen drawing's box when print pages replace it on paper. */
export const PRINT_HIDE = 'ntoc-print-hide';

/**
 * Print rules for everything inside `scope` (a selector: the React region, the element's `:host`, the
 * SVG string's wrapper): the print pages show only on paper, on landscape pages of their own, and the
 * on-screen drawing they replace (marked PRINT_HIDE) takes no room. It is shrunk to nothing rather than
 * `display:none`, which would leave the pages' arrowheads unrendered (their marker lives in it).
 */
export function printStyle(scope: string): string {
  const s = scope;
  return (
    `${s} .ntoc-print-pages{display:none}` +
    `@media print{${s}{page:ntoc-landscape}${s} .ntoc-print-pages{display:block}${s} .${PRINT_HIDE}{position:absolute;width:0;height:0;overflow:hidden}` +
    `${s} .ntoc-print-page{display:block;width:100%;height:auto;max-height:90vh;break-inside:avoid}${s} .ntoc-print-page+.ntoc-print-page{break-before:page}}`
  );
}

/** Named page: printed landscape, without turning the rest of the host page round (document-level only). */
export const PRINT_PAGE_RULE = '@page ntoc-landscape{size:landscape}';
