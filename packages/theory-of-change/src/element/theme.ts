// The element's light or dark palette from the page: `data-theme` on the element or its nearest ancestor
// that has one (across shadow roots), reflected on the element as `data-ntoc-theme` so its shadow styles
// can use :host([data-ntoc-theme=…]), which every browser supports (:host-context is Chromium's alone).
// With no `data-theme` anywhere the palette follows prefers-color-scheme, from the drawing's own styles.

export const THEME_ATTRIBUTE = 'data-ntoc-theme';

/** The element itself, then each ancestor, stepping out of shadow roots to their hosts. */
function* selfAndAncestors(element: Element): Generator<Element> {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) yield node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
}

/** `light` or `dark` from the nearest `data-theme`, or undefined when none says which. */
export function pageTheme(element: Element): 'light' | 'dark' | undefined {
  for (const node of selfAndAncestors(element)) {
    const theme = node.getAttribute('data-theme');
    if (theme === 'light' || theme === 'dark') return theme;
  }
  return undefined;
}

/**
 * Reflects the page's theme on `host` now and whenever `data-theme` changes on it or any ancestor.
 * Returns the function that stops following (call it when the element leaves the page).
 */
export function followTheme(host: Element): () => void {
  const reflect = () => {
    const theme = pageTheme(host);
    if (theme === undefined) host.removeAttribute(THEME_ATTRIBUTE);
    else if (host.getAttribute(THEME_ATTRIBUTE) !== theme) host.setAttribute(THEME_ATTRIBUTE, theme);
  };
  reflect();
  if (typeof MutationObserver === 'undefined') return () => undefined;
  const observer = new MutationObserver(reflect);
  // every ancestor, not only the nearest with data-theme: a nearer one may gain the attribute later
  for (const node of selfAndAncestors(host)) observer.observe(node, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
