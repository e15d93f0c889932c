import { useEffect, useState } from 'react';
import { routeFromHash, type RoutePath } from './routes';

/** The current page from `location.hash`, following back and forward; in-page anchors keep the page. */
export function useHashRoute(): RoutePath {
  const [route, setRoute] = useState<RoutePath>(() => (typeof location === 'undefined' ? '/' : (routeFromHash(location.hash) ?? '/')));
  useEffect(() => {
    const update = () => setRoute((current) => routeFromHash(location.hash) ?? current);
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
