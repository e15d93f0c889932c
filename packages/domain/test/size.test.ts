// Size budgets per entry point: what importing one thing adds to an app's production bundle (esbuild,
// minified, gzipped; zod counted, since an app that imports our reference data alone should not pay
// for it). The reference data is the reason `@nttp/domain/reference` exists: THEMES alone measured
// about 1.9 KB; 3 KB is the budget. The schemas bring zod itself (and JSON Schema output), so the main
// entry measured about 100 KB: 128 KB is its ceiling.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const KB = 1024;
const src = fileURLToPath(new URL('../src/', import.meta.url));

async function measure(entry: string): Promise<{ gzipped: number; code: string }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: src, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { gzipped: gzipSync(code).length, code };
}

describe('size budgets per entry', () => {
  for (const name of ['THEMES', 'PRINCIPLES', 'NES_LEVELS', 'PHASES', 'TOC_NODE_KINDS', 'stageIndex', 'seededRandom']) {
    it(`${name} from @nttp/domain/reference stays under 3 KB min+gzip, without zod`, async () => {
      const { gzipped, code } = await measure(`export { ${name} } from './reference/index.ts';`);
      expect(gzipped).toBeLessThanOrEqual(3 * KB);
      expect(code).not.toMatch(/ZodError|\$ZodType/);
    });
  }

  it('toSafeDomId alone stays under 1 KB', async () => {
    expect((await measure(`export { toSafeDomId } from './ids/dom-id.ts';`)).gzipped).toBeLessThanOrEqual(1 * KB);
  });

  it('the whole main entry, zod included, stays under 128 KB (and brings zod, so the checks above mean something)', async () => {
    const { gzipped, code } = await measure(`export * from './index.ts';`);
    expect(code).toMatch(/ZodError|\$ZodType/);
    expect(gzipped).toBeLessThanOrEqual(128 * KB);
    expect(gzipped).toBeGreaterThan(10 * KB);
  });
});
