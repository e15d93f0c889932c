// jsdom lays nothing out: gives an element the sizes of a scrolling box, with scrollLeft and scrollTop
// kept within them as a browser keeps them.
export function fakeScrollBox(element: Element, size: { clientWidth: number; scrollWidth: number; clientHeight: number; scrollHeight: number }): void {
  const place = { left: 0, top: 0 };
  const clamp = (value: number, client: number, scroll: number) => Math.max(0, Math.min(scroll - client, value));
  for (const [name, value] of Object.entries(size)) Object.defineProperty(element, name, { configurable: true, value });
  Object.defineProperty(element, 'scrollLeft', { configurable: true, get: () => place.left, set: (value: number) => (place.left = clamp(value, size.clientWidth, size.scrollWidth)) });
  Object.defineProperty(element, 'scrollTop', { configurable: true, get: () => place.top, set: (value: number) => (place.top = clamp(value, size.clientHeight, size.scrollHeight)) });
}
