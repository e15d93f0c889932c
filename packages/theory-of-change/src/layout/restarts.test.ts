import { describe, expect, it } from 'vitest';
import { tocShapedGraph } from '../../bench/graphs';
import { buildLayers } from './layers';
import { defaultRestarts } from './layout';

describe('the restart budget', () => {
  it('gives small graphs more restarts but never more total work than larger graphs', () => {
    const sizes = [5, 10, 20, 35, 50, 75, 100, 200, 300, 600];
    const rows = sizes.map((size) => {
      const graph = buildLayers(tocShapedGraph(size, size));
      const work = graph.items.length + graph.down.reduce((sum, list) => sum + list.length, 0);
      return { size, restarts: defaultRestarts(graph), total: defaultRestarts(graph) * work };
    });
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.restarts).toBeLessThanOrEqual(rows[i - 1]!.restarts);
      expect(rows[i]!.total).toBeGreaterThan(rows[i - 1]!.total);
    }
    expect(rows[0]!.restarts).toBe(24);
    expect(rows[rows.length - 1]!.restarts).toBeGreaterThanOrEqual(2);
  });
});
