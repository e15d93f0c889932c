#!/usr/bin/env node
// Builds dist/worker.js, layoutAsync's Web Worker: the layout core alone, self-contained. The page parses
// the input with zod and sends parsed data, so the worker needs no zod: '@nttp/domain' resolves to
// src/layout/domain-values.ts (the few zod-free values the layout uses). src/layout/worker-size.test.ts
// holds its size budget.
import { build } from 'esbuild';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Points the bare '@nttp/domain' (not its subpaths) at the zod-free values, except from src/errors.ts:
 * parsing is layout()'s first step, which the worker never takes, so errors.ts (and with it zod) is
 * shaken out of the bundle.
 */
const domainValues = {
  name: 'domain-values',
  setup(builder) {
    builder.onResolve({ filter: /^@nttp\/domain$/ }, (args) =>
      args.importer.endsWith(`src${sep}errors.ts`) ? undefined : { path: `${root}src/layout/domain-values.ts` },
    );
  },
};

/** Builds the worker; with `write: false` returns its code and the files that have code in it. */
export async function buildWorker({ write = true } = {}) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { worker: 'src/layout/worker.ts' },
    outdir: 'dist',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: write,
    // workspace packages from their source, so the worker needs nothing else built first
    conditions: ['@nttp/source'],
    plugins: [domainValues],
    metafile: true,
    write,
    logLevel: 'warning',
  });
  const code = write ? '' : result.outputFiles.find((file) => file.path.endsWith('worker.js')).text;
  const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('worker.js'))[1];
  return { code, inputs: Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildWorker();
