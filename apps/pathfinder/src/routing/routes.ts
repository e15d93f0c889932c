// Every page inside a workspace: the shell's own (overview, files) and every feature's, from the registry.
import { lazy } from 'react';
import type { PathfinderWorkspace } from '@nttp/domain';
import { FEATURES } from '../features/registry';
import type { ToolRoute } from '../features/types';
import { findRoute } from './match';
import { OverviewPage } from '../app/OverviewPage';

export const OVERVIEW_ROUTE: ToolRoute = { pattern: '', title: () => 'Overview', Page: OverviewPage };
export const FILES_ROUTE: ToolRoute = { pattern: 'files', title: () => 'Export and import', Page: lazy(() => import('../app/FilesPage')) };

export const WORKSPACE_ROUTES: readonly ToolRoute[] = [OVERVIEW_ROUTE, ...FEATURES.flatMap((feature) => feature.routes), FILES_ROUTE];

export interface Crumb {
  title: string;
  /** The path inside the workspace; the last crumb is the current page. */
  path: string;
}

/** The pages above `path` that exist (`assessment`, `assessment/r1`), then the page itself. */
export function breadcrumbsFor(workspace: PathfinderWorkspace, path: string, routes: readonly ToolRoute[] = WORKSPACE_ROUTES): Crumb[] {
  const parts = path.split('/').filter(Boolean);
  const crumbs: Crumb[] = [];
  for (let i = 1; i <= parts.length; i += 1) {
    const prefix = parts.slice(0, i).join('/');
    const found = findRoute(routes, prefix);
    if (found) crumbs.push({ title: found.route.title(workspace, found.params), path: prefix });
  }
  return crumbs;
}

/** The pages the navigation lists: each top-level page (no parameters), in journey order. */
export function navigationRoutes(routes: readonly ToolRoute[] = WORKSPACE_ROUTES): ToolRoute[] {
  return routes.filter((route) => !route.pattern.includes(':') && !route.pattern.includes('/'));
}
