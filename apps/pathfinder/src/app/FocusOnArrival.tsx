import { useEffect } from 'react';
import { MAIN_ID } from './Frame';

/**
 * Rendered after a page's content (inside the same Suspense boundary, so after a lazy page has loaded):
 * when the person arrived by moving from another page, focus goes to the page's h1, or to main.
 */
export function FocusOnArrival({ navigations }: { navigations: number }) {
  useEffect(() => {
    if (navigations === 0) return;
    const main = document.getElementById(MAIN_ID);
    const heading = main?.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else main?.focus();
  }, [navigations]);
  return null;
}
