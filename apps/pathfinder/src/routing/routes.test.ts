import { describe, expect, it } from 'vitest';
import { routeFromHash } from './routes';

describe('routeFromHash', () => {
  it('maps route hashes to pages and unknown routes to the overview', () => {
    expect(routeFromHash('')).toBe('/');
    expect(routeFromHash('#/')).toBe('/');
    expect(routeFromHash('#/assessment')).toBe('/assessment');
    expect(routeFromHash('#/theory-of-change')).toBe('/theory-of-change');
    expect(routeFromHash('#/nowhere')).toBe('/');
  });

  it('treats other hashes as in-page anchors that name no page', () => {
    expect(routeFromHash('#main')).toBeUndefined();
  });
});
