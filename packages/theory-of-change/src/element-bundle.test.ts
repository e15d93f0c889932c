// The custom element's self-contained bundle (dist/element.bundle.js, built by build-element.mjs): a
// plain <script type="module"> must load it, so it may import nothing by bare name, and its size is
// budgeted. It measured about 46 KB min+gzip, almost all of it zod (the element parses what a page
// gives it); 64 KB is the ceiling. The consumer test renders it in Chromium from the packed tarball.
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildElementBundle } from '../build-element.mjs';

const KB = 1024;
const BUDGET = 64 * KB;

describe('the element bundle', () => {
  let code = '';
  beforeAll(async () => {
    code = await buildElementBundle({ write: false });
  }, 120_000);

  it(`stays under ${BUDGET / KB} KB min+gzip`, () => {
    const gzipped = gzipSync(code, { level: 9 }).length;
    console.log(`element.bundle.js: ${(code.length / KB).toFixed(1)} KB minified, ${(gzipped / KB).toFixed(1)} KB min+gzip`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
  });

  it('imports nothing by bare name, so a browser can load it without an import map', () => {
    const imports = [...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["']([^"'\s]+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1] ?? match[2]);
    expect(imports.filter((specifier) => !/^(\.|\/|https?:)/.test(specifier!))).toEqual([]);
    expect(code).toMatch(/export\s*\{[^}]*defineTheoryOfChangeElement/);
    expect(code).toMatch(/toScriptJson/);
  });
});
