// The first load stays small: the scripts index.html loads (and their static imports), gzipped.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
export const FIRST_LOAD_BUDGET_BYTES = 200 * 1024;

/** The chunks the browser fetches before the first page shows: the entry and what it preloads. */
function firstLoadChunks(): string[] {
  const html = readFileSync(`${dist}index.html`, 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(scripts)];
}

describe('the first load', () => {
  it('is under 200 kB of JavaScript, gzipped', () => {
    const chunks = firstLoadChunks();
    expect(chunks.length).toBeGreaterThan(0);
    const sizes = chunks.map((chunk) => ({ chunk, gzip: gzipSync(readFileSync(`${dist}${chunk}`), { level: 9 }).length }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.log(`First-load JavaScript: ${(total / 1024).toFixed(1)} kB gzip (${sizes.map((s) => `${s.chunk} ${(s.gzip / 1024).toFixed(1)} kB`).join(', ')}); budget 200 kB.`);
    expect(total).toBeLessThan(FIRST_LOAD_BUDGET_BYTES);
  });
});
