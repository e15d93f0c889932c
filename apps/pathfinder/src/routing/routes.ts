/** The app's pages, in navigation order. Hash routes keep the app a set of static files. */
export const ROUTES = [
  { path: '/', label: 'Overview' },
  { path: '/assessment', label: 'Organisational assessment' },
  { path: '/theory-of-change', label: 'Theory of Change' },
  { path: '/language', label: 'Language check' },
  { path: '/wellbeing', label: 'Wellbeing plan' },
] as const;

export type RoutePath = (typeof ROUTES)[number]['path'];

/**
 * The page a hash names. Route hashes start with "#/"; any other hash (such as the skip link's "#main")
 * is an in-page anchor and names no page, so the caller stays where it is.
 */
export function routeFromHash(hash: string): RoutePath | undefined {
  if (hash === '' || hash === '#') return '/';
  if (!hash.startsWith('#/')) return undefined;
  const path = hash.slice(1);
  return ROUTES.find((route) => route.path === path)?.path ?? '/';
}
