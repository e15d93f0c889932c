// The table of pnpm bench: our layout against elkjs on seeded ToC-shaped graphs, without lanes and with
// the nine themes as lanes. Crossings are counted on the drawn polylines with one shared counter; each
// time is the best of three runs, ours and ELK's side by side in this one run.
import { performance } from 'node:perf_hooks';
import type { TheoryOfChange } from '@nttp/domain';
import { countPolylineCrossings } from '../src/index';
import { boxSizes, elkLayered, ours, type Drawing, type Sizes } from './engines';
import { tocShapedGraph, type GraphShape } from './graphs';

export interface GraphSet {
  name: string;
  shape: GraphShape;
  seed: (size: number, i: number) => number;
}

// BENCH_SIZES=20,50 runs fewer sizes (for a quick look while working).
export const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [20, 50, 100, 300];
// Ten graphs per size (three at 300, where ELK takes seconds each), so the means are not down to one graph.
const graphCount = (size: number) => (size >= 300 ? 3 : 10);

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

/** The best of three runs, in milliseconds. */
async function bestOfThree(run: () => unknown): Promise<number> {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const start = performance.now();
    await run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

interface Row {
  set: string;
  lanes: string;
  nodes: number;
  links: number;
  'crossings ours': string;
  'crossings elk': string;
  'ours / elk': string;
  'lanes / none (ours)': string;
  'ms ours': string;
  'ms elk': string;
  'speed-up': string;
}

/** One row per set, size and lanes (none, nine themes). */
export async function benchRows(sets: readonly GraphSet[], sizes: readonly number[] = SIZES): Promise<Row[]> {
  const rows: Row[] = [];
  for (const set of sets)
    for (const size of sizes) {
      const graphs: TheoryOfChange[] = Array.from({ length: graphCount(size) }, (_, i) => tocShapedGraph(size, set.seed(size, i), set.shape));
      const boxes: Sizes[] = graphs.map(boxSizes);
      const plain = { ours: [] as Drawing[], elk: [] as Drawing[] };
      const laned = { ours: [] as Drawing[], elk: [] as Drawing[] };
      for (const [i, toc] of graphs.entries()) {
        plain.ours.push(ours(toc, false));
        plain.elk.push(await elkLayered(toc, boxes[i]!));
        laned.ours.push(ours(toc, true));
        laned.elk.push(await elkLayered(toc, boxes[i]!, { order: laned.ours[i]!.lanes, from: plain.elk[i]! }));
      }
      // time per layout: the first three graphs (one at 300 nodes, where ELK takes seconds), best of three
      // each; for ELK with lanes only its constrained run is timed (not the run without lanes it starts from)
      const timed = graphs.slice(0, size >= 300 ? 1 : 3);
      const crossings = (drawings: Drawing[]) => mean(drawings.map((d) => countPolylineCrossings(d.lines)));
      const noLanes = crossings(plain.ours);
      for (const lanes of [false, true]) {
        const drawings = lanes ? laned : plain;
        let msOurs = 0;
        let msElk = 0;
        for (const [i, toc] of timed.entries()) {
          msOurs += await bestOfThree(() => ours(toc, lanes));
          msElk += await bestOfThree(() => elkLayered(toc, boxes[i]!, lanes ? { order: laned.ours[i]!.lanes, from: plain.elk[i]! } : undefined));
        }
        const [o, e] = [crossings(drawings.ours), crossings(drawings.elk)];
        rows.push({
          set: set.name,
          lanes: lanes ? 'nine themes' : 'none',
          nodes: size,
          links: Math.round(mean(graphs.map((g) => g.links.length))),
          'crossings ours': o.toFixed(1),
          'crossings elk': e.toFixed(1),
          'ours / elk': (o / Math.max(1e-9, e)).toFixed(2),
          'lanes / none (ours)': lanes ? (o / Math.max(1e-9, noLanes)).toFixed(2) : '',
          'ms ours': (msOurs / timed.length).toFixed(2),
          'ms elk': (msElk / timed.length).toFixed(2),
          'speed-up': `${(msElk / msOurs).toFixed(1)}×`,
        });
      }
    }

  return rows;
}
