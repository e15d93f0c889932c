import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import { findRoute, matchPattern, parseHash } from './match';
import { breadcrumbsFor, navigationRoutes } from './routes';
import type { ToolRoute } from '../features/types';

const page = () => null;
const ROUTES: ToolRoute[] = [
  { pattern: '', title: () => 'Overview', Page: page },
  { pattern: 'assessment', title: () => 'Assessment', Page: page },
  { pattern: 'assessment/:roundId', title: (_w, p) => `Round ${p.roundId}`, Page: page },
  { pattern: 'assessment/:roundId/device', title: () => 'Pass the device', Page: page },
  { pattern: 'language', title: () => 'Language check', Page: page },
];

describe('matchPattern', () => {
  it('matches fixed segments exactly and collects parameters', () => {
    expect(matchPattern('assessment', 'assessment')).toEqual({});
    expect(matchPattern('assessment/:roundId/device', 'assessment/r1/device')).toEqual({ roundId: 'r1' });
    expect(matchPattern('assessment/:roundId/device', 'assessment/r1/results')).toBeNull();
    expect(matchPattern('assessment/:roundId', 'assessment')).toBeNull();
    expect(matchPattern('assessment', 'assessment/r1')).toBeNull();
    expect(matchPattern('', '')).toEqual({});
  });

  it('decodes parameters, and refuses ones that cannot be decoded', () => {
    expect(matchPattern('a/:id', 'a/round%201')).toEqual({ id: 'round 1' });
    expect(matchPattern('a/:id', 'a/%E0%A4%A')).toBeNull();
  });

  it('gives back any parameter value it was given, encoded (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        expect(matchPattern('x/:a/y/:b', `x/${encodeURIComponent(a)}/y/${encodeURIComponent(b)}`)).toEqual({ a, b });
      }),
    );
  });
});

describe('parseHash', () => {
  it('reads the workspaces list, a workspace and a page inside it', () => {
    expect(parseHash('')).toEqual({ kind: 'home' });
    expect(parseHash('#/')).toEqual({ kind: 'home' });
    expect(parseHash('#/w/abc')).toEqual({ kind: 'workspace', workspaceId: 'abc', path: '' });
    expect(parseHash('#/w/abc/assessment/r1/device')).toEqual({ kind: 'workspace', workspaceId: 'abc', path: 'assessment/r1/device' });
  });

  it('calls other addresses not found, and leaves in-page anchors alone', () => {
    expect(parseHash('#/nowhere')).toEqual({ kind: 'not-found', address: '/nowhere' });
    expect(parseHash('#/w')).toEqual({ kind: 'not-found', address: '/w' });
    expect(parseHash('#main')).toBeNull();
  });
});

describe('routes', () => {
  it('finds the first matching route', () => {
    expect(findRoute(ROUTES, 'assessment/r2')?.params).toEqual({ roundId: 'r2' });
    expect(findRoute(ROUTES, 'assessment/r2/device')?.route.pattern).toBe('assessment/:roundId/device');
    expect(findRoute(ROUTES, 'nothing-here')).toBeNull();
  });

  it('builds breadcrumbs from the pages above the current one', () => {
    expect(breadcrumbsFor(exampleWorkspace, 'assessment/r1/device', ROUTES)).toEqual([
      { title: 'Assessment', path: 'assessment' },
      { title: 'Round r1', path: 'assessment/r1' },
      { title: 'Pass the device', path: 'assessment/r1/device' },
    ]);
    expect(breadcrumbsFor(exampleWorkspace, '', ROUTES)).toEqual([]);
  });

  it('lists only top-level pages in the navigation', () => {
    expect(navigationRoutes(ROUTES).map((r) => r.pattern)).toEqual(['', 'assessment', 'language']);
  });
});
