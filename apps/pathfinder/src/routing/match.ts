// Hash addresses: `#/` is the workspaces list, `#/w/<id>` a workspace's overview and `#/w/<id>/<path>` one
// of its pages, matched against the features' route patterns (`assessment/:roundId/device`).
import type { RouteParams } from '../features/types';

export type Location =
  | { kind: 'home' }
  | { kind: 'workspace'; workspaceId: string; path: string }
  | { kind: 'not-found'; address: string };

/** `:name` segments collect parameters; every other segment must match exactly. */
export function matchPattern(pattern: string, path: string): RouteParams | null {
  const want = segments(pattern);
  const got = segments(path);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      const value = decode(g);
      if (value === null || value === '') return null;
      params[w.slice(1)] = value;
    } else if (w !== g) return null;
  }
  return params;
}

/** The first route whose pattern matches `path`, with its parameters. */
export function findRoute<R extends { pattern: string }>(routes: readonly R[], path: string): { route: R; params: RouteParams } | null {
  for (const route of routes) {
    const params = matchPattern(route.pattern, path);
    if (params) return { route, params };
  }
  return null;
}

/**
 * Where a hash points. Hashes that do not start with `#/` (such as `#main`) are in-page anchors and give
 * null: the page stays where it is.
 */
export function parseHash(hash: string): Location | null {
  if (hash === '' || hash === '#' || hash === '#/') return { kind: 'home' };
  if (!hash.startsWith('#/')) return null;
  const [first, id, ...rest] = segments(hash.slice(2).split('?')[0]!);
  const workspaceId = id === undefined ? null : decode(id);
  if (first === 'w' && workspaceId) return { kind: 'workspace', workspaceId, path: rest.join('/') };
  return { kind: 'not-found', address: hash.slice(1) };
}

function segments(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
