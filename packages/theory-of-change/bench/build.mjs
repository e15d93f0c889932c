// Bundles the benchmark (TypeScript, our source through the "@nttp/source" condition) for plain node:
// no tsx on these machines. elkjs and esbuild stay external and load from node_modules.
// `node bench/build.mjs unseen` bundles bench/unseen.ts instead of bench/run.ts.
import { build } from 'esbuild';

const entry = process.argv[2] ?? 'run';
await build({
  entryPoints: [new URL(`./${entry}.ts`, import.meta.url).pathname],
  outfile: new URL(`./dist/${entry}.mjs`, import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['@nttp/source'],
  external: ['elkjs', 'elkjs/*', 'esbuild'],
  logLevel: 'warning',
});
