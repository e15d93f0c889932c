#!/usr/bin/env node
// Bundles bench/scoring.bench.ts (resolving workspace packages to their source) with esbuild into a
// temporary file and runs it with node: no TypeScript loader is needed, and no build of the package.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'nttp-assessment-bench-'));
const outfile = join(dir, 'bench.mjs');
try {
  await build({
    entryPoints: [join(here, 'scoring.bench.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@nttp/source'],
    logLevel: 'warning',
  });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
