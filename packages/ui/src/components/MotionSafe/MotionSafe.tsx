import { useSyncExternalStore } from 'react';
import type { ReactElement, ReactNode } from 'react';

export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(REDUCED_MOTION_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function getSnapshot(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return true;
  return window.matchMedia(REDUCED_MOTION_QUERY).matches;
}

/** On the server nothing is known about the person's setting, so the still version is the safe default. */
function getServerSnapshot(): boolean {
  return true;
}

/**
 * Whether the person has asked their device for less motion. Follows changes to the setting as they
 * happen; on the server, and where the setting cannot be read, it answers `true` (no motion).
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}

export interface MotionSafeProps {
  /** The moving version: only shown when the person has not asked for less motion. */
  children: ReactNode;
  /** The still version, with the same information: shown under reduced motion and on the server. */
  fallback: ReactNode;
}

/** Shows movement only to people who have not asked their device for less of it; everyone else gets the still version. */
export function MotionSafe({ children, fallback }: MotionSafeProps): ReactElement {
  const reduced = usePrefersReducedMotion();
  return (
    <div className="nttp-motion-safe" data-nttp-motion={reduced ? 'reduced' : 'full'}>
      {reduced ? fallback : children}
    </div>
  );
}
