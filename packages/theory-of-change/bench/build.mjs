// Bundles the benchmark (TypeScript, our source through the "@nttp/source" condition) for plain node:
// no tsx on these machines. elkjs and esbuild stay external and load from node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('./run.ts', import.meta.url).pathname],
  outfile: new URL('./dist/run.mjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['@nttp/source'],
  external: ['elkjs', 'elkjs/*', 'esbuild'],
  logLevel: 'warning',
});
