// Size budgets: the core entry, minified and gzipped, stays under 25 kB (measured 20.0 kB on 2 December
// 2026), and bundles nothing at runtime besides our own code: zod (through its permanent `zod/v4` subpath)
// and @nttp/domain are its only runtime dependencies and stay external. `layout` alone measured 9.9 kB
// (110 kB with zod and @nttp/domain counted: its options parse with classic zod); its budget is 13 kB.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));

async function coreBundle(contents = `export * from ${JSON.stringify(entry)};`): Promise<{ bytes: number; gzip: number; inputs: string[]; kept: string[]; imports: string[] }> {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
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
    // the inputs with code in the bundle, after tree-shaking
    kept: Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path),
    imports: [...new Set(output.imports.map((i) => i.path))].sort(),
  };
}

describe('size budget', () => {
  it('keeps the core under 25 kB min+gzip with zod and @nttp/domain as its only runtime dependencies', async () => {
    const bundle = await coreBundle();
    expect(bundle.gzip).toBeLessThan(25_000);
    expect(bundle.imports).toEqual(['@nttp/domain', 'zod/v4']);
    // everything bundled is our own source: no React, no other package
    for (const input of bundle.inputs) expect(input).toMatch(/^src\/|^<stdin>$/);
    expect(bundle.inputs.some((i) => i.includes('react'))).toBe(false);
  });

  it('keeps layout alone under 13 kB min+gzip (zod and @nttp/domain external)', async () => {
    const bundle = await coreBundle(`export { layout } from ${JSON.stringify(entry)};`);
    expect(bundle.gzip).toBeLessThan(13_000);
    // the drawing code (render, react, element) stays out
    expect(bundle.kept.filter((i) => /^src\/(render|react|element)\//.test(i))).toEqual([]);
  });
});
