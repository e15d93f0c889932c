// Keyboard panning (Shift+Alt+arrows), shared by the React component and the custom element: the view
// moves a quarter of its size at a time. Sideways, the diagram's own scrolling box moves; up and down,
// that box when it scrolls that way, else the page (the box grows with the drawing's height).

/** The part of a scrolling element that panning reads and moves. */
export interface ScrollView {
  scrollLeft: number;
  scrollTop: number;
  clientWidth: number;
  clientHeight: number;
  scrollWidth: number;
  scrollHeight: number;
}

export type PanDirection = 'left' | 'right' | 'up' | 'down';

const SMALLEST_STEP = 40;

/** How far one key press moves a view of this size. */
export function panStep(size: number): number {
  return Math.max(SMALLEST_STEP, Math.round(size / 4));
}

/**
 * Moves `box` (or, up and down when the box does not scroll that way, `page`) one step, and says what
 * happened in words for the live region.
 */
export function panView(box: ScrollView, page: ScrollView | null | undefined, direction: PanDirection): string {
  const across = direction === 'left' || direction === 'right';
  const sign = direction === 'left' || direction === 'up' ? -1 : 1;
  const view = across || box.scrollHeight > box.clientHeight ? box : (page ?? box);
  const before = across ? view.scrollLeft : view.scrollTop;
  if (across) view.scrollLeft = before + sign * panStep(view.clientWidth);
  else view.scrollTop = before + sign * panStep(view.clientHeight);
  const after = across ? view.scrollLeft : view.scrollTop;
  if (after === before) return direction === 'up' || direction === 'down' ? `The ${direction === 'up' ? 'top' : 'bottom'} of the diagram is in view.` : `The ${direction} edge of the diagram is in view.`;
  return `Moved the view ${direction}.`;
}
