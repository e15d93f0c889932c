// pnpm bench: our layout against elkjs (layered, partitioned to the stages) on seeded ToC-shaped graphs,
// without lanes and with the nine themes as lanes, on a tuning set and a held-out set (other seeds and
// generator settings, never used while tuning). Crossings are counted on the drawn polylines with one
// shared counter; each time is the best of three runs, ours and ELK's side by side in this one run.
// Prints one table and asserts nothing. (`pnpm bench:unseen` runs a third set, kept for final checks.)
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { HELD_OUT_SHAPE, TUNING_SHAPE } from './graphs';
import { benchRows, type GraphSet } from './table';

const SETS: GraphSet[] = [
  { name: 'tuning', shape: TUNING_SHAPE, seed: (size, i) => (i + 1) * 1000 + size },
  { name: 'held-out', shape: HELD_OUT_SHAPE, seed: (size, i) => 7919 * (i + 1) + size + 500_000 },
];
const require = createRequire(import.meta.url);

async function gzipSize(entry: string, external: string[] = []): Promise<number> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], write: false, external, logLevel: 'silent', conditions: ['@nttp/source'] });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

const rows = await benchRows(SETS);
const here = new URL('.', import.meta.url).pathname;
const sizeRows = {
  'ours (core, zod and @nttp/domain external)': await gzipSize(`${here}../../src/index.ts`, ['zod', '@nttp/domain', '@nttp/domain/*']),
  'ours (core with zod and @nttp/domain)': await gzipSize(`${here}../../src/index.ts`),
  elkjs: await gzipSize(require.resolve('elkjs/lib/elk.bundled.js')),
};

console.log(
  'Layout of seeded ToC-shaped graphs (five stages, nine themes), mean crossings of 10 graphs per size (3 at 300 nodes); ms per layout is the best of three runs over the first three graphs (one at 300 nodes).',
);
console.table(rows);
console.log('Bundle size, minified + gzip:');
console.table(Object.fromEntries(Object.entries(sizeRows).map(([name, bytes]) => [name, { kB: (bytes / 1000).toFixed(1) }])));
