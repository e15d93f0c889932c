import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const list = window.matchMedia(QUERY);
  list.addEventListener?.('change', onChange);
  return () => list.removeEventListener?.('change', onChange);
}

function snapshot(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY).matches : false;
}

/**
 * True when the person has asked for less motion, or when `override` says so. On the server it assumes
 * less motion, so the first paint never animates.
 */
export function useReducedMotion(override?: boolean): boolean {
  const preferred = useSyncExternalStore(subscribe, snapshot, () => true);
  return override ?? preferred;
}
