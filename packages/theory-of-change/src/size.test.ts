// Size budget: the core entry, minified and gzipped, stays under 25 kB, and bundles nothing at runtime
// besides our own code: zod and @nttp/domain are its only runtime dependencies and stay external.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));

async function coreBundle(): Promise<{ bytes: number; gzip: number; inputs: string[]; imports: string[] }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    external: ['zod', '@nttp/domain', '@nttp/domain/*'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  return {
    bytes: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs),
    imports: [...new Set(output.imports.map((i) => i.path))].sort(),
  };
}

describe('size budget', () => {
  it('keeps the core under 25 kB min+gzip with zod and @nttp/domain as its only runtime dependencies', async () => {
    const bundle = await coreBundle();
    expect(bundle.gzip).toBeLessThan(25_000);
    expect(bundle.imports).toEqual(['@nttp/domain', 'zod']);
    // everything bundled is our own source: no React, no other package
    for (const input of bundle.inputs) expect(input).toMatch(/^src\//);
    expect(bundle.inputs.some((i) => i.includes('react'))).toBe(false);
  });
});
