// pnpm bench: our layout against elkjs (layered, partitioned to the stages) and dagre on seeded
// ToC-shaped graphs. Crossings are counted on the drawn polylines with one shared counter; times come
// from tinybench; sizes are each library bundled, minified and gzipped. Prints one table, asserts nothing.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { Bench } from 'tinybench';
import { countPolylineCrossings } from '../src/index';
import { boxSizes, dagreLayout, elkLayered, ours } from './engines';
import { tocShapedGraph } from './graphs';

const SIZES = [20, 50, 100, 300];
// Ten graphs per size (three at 300, where ELK takes seconds each), so the means are not down to one graph.
const seedsFor = (size: number) => Array.from({ length: size >= 300 ? 3 : 10 }, (_, i) => i + 1);
const require = createRequire(import.meta.url);

async function gzipSize(entry: string, external: string[] = []): Promise<number> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], write: false, external, logLevel: 'silent', conditions: ['@nttp/source'] });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

/** Share of links drawn as one straight horizontal run (every point at the same height, within half a pixel). */
function straightShare(lines: { x: number; y: number }[][]): number {
  if (lines.length === 0) return 1;
  return lines.filter((points) => points.every((p) => Math.abs(p.y - points[0]!.y) <= 0.5)).length / lines.length;
}

function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** The median time of a run: on a shared machine it is steadier than the mean. */
function latency(task: { result?: unknown }): number {
  const result = task.result as { latency?: { p50?: number; mean?: number } } | undefined;
  return result?.latency?.p50 ?? result?.latency?.mean ?? NaN;
}

const rows: Record<string, string | number>[] = [];
for (const size of SIZES) {
  const graphs = seedsFor(size).map((seed) => tocShapedGraph(size, seed * 1000 + size));
  const sizes = graphs.map(boxSizes);
  const crossings = { ours: [] as number[], elk: [] as number[], dagre: [] as number[] };
  const straight = { ours: [] as number[], elk: [] as number[], dagre: [] as number[] };
  for (const [i, toc] of graphs.entries()) {
    const drawings = { ours: ours(toc), elk: await elkLayered(toc, sizes[i]!), dagre: dagreLayout(toc, sizes[i]!) };
    for (const engine of ['ours', 'elk', 'dagre'] as const) {
      crossings[engine].push(countPolylineCrossings(drawings[engine].lines));
      straight[engine].push(straightShare(drawings[engine].lines));
    }
  }
  // time per layout: the mean over the first three graphs (one at 300 nodes, where ELK takes seconds)
  const timed = graphs.slice(0, size >= 300 ? 1 : 3);
  const timedSizes = sizes.slice(0, timed.length);
  const bench = new Bench({ time: 400, iterations: 5, warmupIterations: 2 });
  bench.add('ours', () => {
    for (const toc of timed) ours(toc);
  });
  bench.add('elk', async () => {
    for (const [i, toc] of timed.entries()) await elkLayered(toc, timedSizes[i]!);
  });
  bench.add('dagre', () => {
    for (const [i, toc] of timed.entries()) dagreLayout(toc, timedSizes[i]!);
  });
  await bench.run();
  const [t0, t1, t2] = bench.tasks.map((task) => latency(task) / timed.length);
  const links = mean(graphs.map((g) => g.links.length));
  rows.push({
    nodes: size,
    links: Math.round(links),
    'crossings ours': mean(crossings.ours).toFixed(1),
    'crossings elk': mean(crossings.elk).toFixed(1),
    'crossings dagre': mean(crossings.dagre).toFixed(1),
    'fewer than elk': `${(100 * (1 - mean(crossings.ours) / Math.max(1e-9, mean(crossings.elk)))).toFixed(0)}%`,
    'ms ours': t0!.toFixed(2),
    'ms elk': t1!.toFixed(2),
    'ms dagre': t2!.toFixed(2),
    'elk / ours': `${(t1! / t0!).toFixed(1)}×`,
    'straight ours/elk/dagre': ['ours', 'elk', 'dagre'].map((e) => `${Math.round(100 * mean(straight[e as 'ours']))}%`).join(' / '),
  });
}

const here = new URL('.', import.meta.url).pathname;
const sizeRows = {
  'ours (core, zod and @nttp/domain external)': await gzipSize(`${here}../../src/index.ts`, ['zod', '@nttp/domain', '@nttp/domain/*']),
  'ours (core with zod and @nttp/domain)': await gzipSize(`${here}../../src/index.ts`),
  elkjs: await gzipSize(require.resolve('elkjs/lib/elk.bundled.js')),
  '@dagrejs/dagre': await gzipSize(require.resolve('@dagrejs/dagre')),
};

console.log(`Layout of seeded ToC-shaped graphs (five stages, ~15% of links skip a stage), mean of 10 graphs per size (3 at 300 nodes); time per layout is the median run over the first three graphs (one at 300 nodes).`);
console.table(rows);
console.log('Bundle size, minified + gzip:');
console.table(Object.fromEntries(Object.entries(sizeRows).map(([name, bytes]) => [name, { kB: (bytes / 1000).toFixed(1) }])));
