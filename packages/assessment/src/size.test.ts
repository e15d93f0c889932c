// Size budgets per entry point: what importing one thing adds to an app's production bundle (esbuild,
// minified, gzipped; zod and @nttp/domain counted). Measured on 2 December 2026 with zod 4.6.7:
//   cronbachAlpha 12.5 KB (97.1 KB before the statistics parsed with zod mini: all of classic zod and its
//   locales came along), icc 9.2 KB, rwg 8.3 KB, reliableChangeIndex 6.1 KB, scoreResponse 100.8 KB,
//   the whole entry 135.9 KB. Budgets leave about a fifth of headroom.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cronbachAlpha, icc, reliableChangeIndex, rwg } from './index';

const KB = 1024;
const src = fileURLToPath(new URL('./', import.meta.url));

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: src, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    // @nttp/domain from its source, as the tests resolve it (its built files may not exist yet).
    conditions: ['@nttp/source'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const gzipped = (code: string) => gzipSync(code).length;
/** Classic zod's marks: its schema classes (core's are named $ZodObject…) and the English messages it loads. */
const CLASSIC_ZOD = /"Zod(Object|Number|Array)"|Too small: expected/;

const STATISTICS: [name: string, budget: number][] = [
  ['cronbachAlpha', 16 * KB],
  ['icc', 12 * KB],
  ['rwg', 11 * KB],
  ['reliableChangeIndex', 8 * KB],
];

describe('size budgets per entry', () => {
  for (const [name, budget] of STATISTICS) {
    it(`${name} alone stays under ${budget / KB} KB min+gzip, without classic zod`, async () => {
      const code = await bundle(`export { ${name} } from './index.ts';`);
      expect(gzipped(code)).toBeLessThanOrEqual(budget);
      expect(CLASSIC_ZOD.test(code)).toBe(false);
    });
  }

  it('scoreResponse stays under 120 KB (it parses with classic zod, which comes along)', async () => {
    const code = await bundle(`export { scoreResponse } from './index.ts';`);
    expect(gzipped(code)).toBeLessThanOrEqual(120 * KB);
  });

  it('the whole entry stays under 160 KB, and brings classic zod, so the checks above mean something', async () => {
    const code = await bundle(`export * from './index.ts';`);
    expect(CLASSIC_ZOD.test(code)).toBe(true);
    expect(gzipped(code)).toBeLessThanOrEqual(160 * KB);
  });
});

describe('a statistic imported alone', () => {
  // Without classic zod nothing loads zod's English messages, so the calm wording has to come from us.
  const calls = [
    'cronbachAlpha([[1, "x"]])',
    'cronbachAlpha([[1, 2], [2, 3]], { minRespondents: 1, colour: "red" })',
    'icc([[1, 2], [2, 3]], { level: 2 })',
    'rwg([1, 2], {})',
    'reliableChangeIndex({ before: "a", sd: 0, reliability: 1 })',
  ];
  /** Each call's error as plain data (null when a call goes through). */
  const outcomes = `(statistics, calls) => calls.map((call) => {
    try { new Function(...Object.keys(statistics), 'return ' + call)(...Object.values(statistics)); return null; }
    catch (error) { return { name: error.name, message: error.message, issues: error.issues }; }
  })`;
  const names = ['cronbachAlpha', 'icc', 'rwg', 'reliableChangeIndex'];

  it('throws the same ScoringError, with the same calm messages, as the whole package does', async () => {
    const code = await bundle(`export { ${names.join(', ')} } from './index.ts';`);
    const program = `
      const statistics = await import('data:text/javascript;base64,${Buffer.from(code).toString('base64')}');
      console.log(JSON.stringify((${outcomes})(statistics, ${JSON.stringify(calls)})));`;
    const alone = JSON.parse(execFileSync(process.execPath, ['--input-type=module'], { input: program, encoding: 'utf8' }));
    const here = (new Function(`return ${outcomes}`)() as (s: object, c: string[]) => ({ name: string } | null)[])({ cronbachAlpha, icc, rwg, reliableChangeIndex }, calls);
    expect(here.every((outcome) => outcome?.name === 'ScoringError')).toBe(true);
    expect(alone).toEqual(here);
    expect(JSON.stringify(alone)).not.toMatch(/Invalid input|Too small|Too big/);
  });
});
