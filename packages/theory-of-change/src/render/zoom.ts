import type { DiagramModel } from './model';

const STEP = 1.25;
const SMALLEST = 0.25;
const LARGEST = 4;

/** A zoom level: 1 is the drawing's own size, 0 means "fit to the container's width". */
export type Zoom = number;

export function nextZoom(current: Zoom, change: 'in' | 'out' | 'reset' | 'fit-selection'): Zoom {
  const from = current === 0 ? 1 : current;
  if (change === 'in') return Math.min(LARGEST, from * STEP);
  if (change === 'out') return Math.max(SMALLEST, from / STEP);
  if (change === 'reset') return 0;
  return current;
}

/** The zoom at which step `id` and the steps it links to fill a view of the given size. */
export function fitZoom(model: DiagramModel, id: string, viewWidth: number, viewHeight: number): Zoom {
  const near = model.near.get(id);
  const ids = new Set([id, ...(near?.downstream ?? []), ...(near?.upstream ?? [])]);
  const boxes = model.boxes.filter((b) => b.interactive && ids.has(b.id)).map((b) => b.box);
  if (boxes.length === 0 || viewWidth <= 0 || viewHeight <= 0) return 1;
  const left = Math.min(...boxes.map((b) => b.x));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const top = Math.min(...boxes.map((b) => b.y));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const margin = 2 * model.drawn.options.margin;
  const zoom = Math.min(viewWidth / (right - left + margin), viewHeight / (bottom - top + margin));
  return Math.min(LARGEST, Math.max(SMALLEST, Math.round(zoom * 100) / 100));
}

export function zoomMessage(zoom: Zoom): string {
  return zoom === 0 ? 'The diagram fits the width of its space.' : `Zoomed to ${Math.round(zoom * 100)}%.`;
}
