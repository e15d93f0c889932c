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

/** Groups of consecutive stages, each narrow enough to print readably; one group when all of it fits. */
export function printGroups(model: DiagramModel): PrintGroup[] {
  const { drawn, fontSize } = model;
  const widest = (PAGE_WIDTH * fontSize) / SMALLEST_TEXT;
  const gap = drawn.options.columnGap;
  const groups: PrintGroup[] = [];
  for (const stage of model.stages) {
    const left = Math.max(0, stage.x - gap / 2);
    const right = Math.min(drawn.width, stage.x + stage.width + gap / 2);
    const last = groups[groups.length - 1];
    if (last && right - last.x <= widest) {
      last.width = right - last.x;
      last.stages.push(stage.label);
    } else groups.push({ x: left, width: right - left, stages: [stage.label] });
  }
  if (groups.length <= 1) return [{ x: 0, width: drawn.width, stages: model.stages.map((s) => s.label) }];
  return groups;
}

/** Print-only pages for a drawing too wide for one page (empty when it fits): each shows a group of stages. */
export function printPages(model: DiagramModel, prefix: string): string {
  const groups = printGroups(model);
  if (groups.length <= 1) return '';
  const height = model.drawn.height;
  const pages = groups.map(
    (g, i) =>
      `<svg xmlns="http://www.w3.org/2000/svg" class="toc-print-page" viewBox="${g.x} 0 ${g.width} ${height}" role="img" aria-label="${escapeXml(`Page ${i + 1} of ${groups.length}: ${g.stages.join(', ')}`)}"><use href="#${prefix}-drawing"/></svg>`,
  );
  return `<div class="toc-print-pages">${pages.join('')}</div>`;
}

/** Shows the print pages (and hides the on-screen drawing) only when printing. */
export const PRINT_STYLE =
  '.toc-print-pages{display:none}@media print{.toc-print-pages{display:block}.toc-print-page{display:block;width:100%;height:auto;max-height:90vh;break-inside:avoid}.toc-print-page+.toc-print-page{break-before:page}}';

/** Named page: printed landscape, without turning the rest of the host page round. */
export const PRINT_PAGE_RULE = '@page ntoc-landscape{size:landscape}';
