// Test helper: a controllable `window.matchMedia` for the reduced-motion query (jsdom has none).
import { REDUCED_MOTION_QUERY } from './MotionSafe';

let reduced = false;
const listeners = new Set<() => void>();
const original = typeof window === 'undefined' ? undefined : window.matchMedia;

function fakeMatchMedia(query: string): MediaQueryList {
  return {
    get matches() {
      return query === REDUCED_MOTION_QUERY ? reduced : false;
    },
    media: query,
    onchange: null,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => true,
  } as unknown as MediaQueryList;
}

/** Installs a matchMedia that answers `prefersReduced` for the reduced-motion query. */
export function stubMatchMedia(prefersReduced: boolean): void {
  reduced = prefersReduced;
  window.matchMedia = fakeMatchMedia;
}

/** Takes matchMedia away entirely, as in some embedded browsers. */
stubMatchMedia.remove = (): void => {
  (window as { matchMedia?: unknown }).matchMedia = undefined;
};

stubMatchMedia.restore = (): void => {
  listeners.clear();
  if (original) window.matchMedia = original;
  else (window as { matchMedia?: unknown }).matchMedia = undefined;
};

/** Changes the setting and tells every listener, as the browser does. */
export function setReducedMotion(value: boolean): void {
  reduced = value;
  listeners.forEach((listener) => listener());
}
