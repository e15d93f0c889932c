import { useEffect, useState } from 'react';
import { parseHash, type Location } from './match';

export interface HashLocation {
  location: Location;
  /** How many times the page has changed since the app opened: 0 on first load. */
  navigations: number;
}

/** Where the address bar points, following back and forward; in-page anchors keep the current page. */
export function useHashLocation(): HashLocation {
  const [state, setState] = useState<HashLocation>(() => ({ location: parseHash(window.location.hash) ?? { kind: 'home' }, navigations: 0 }));
  useEffect(() => {
    const follow = () =>
      setState((current) => {
        const next = parseHash(window.location.hash);
        return next ? { location: next, navigations: current.navigations + 1 } : current;
      });
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return state;
}
