import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { installedNames, readmeExamples } from '../../../scripts/readme-examples.mjs';

// The README's first example must run as written and print exactly what its `// prints:` comments say.
// (The consumer test runs it again against the packed tarball.)
const dir = mkdtempSync(join(import.meta.dirname, '.readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

it('runs the README quick-start example and prints what it promises, line for line', async () => {
  const example = readmeExamples(readme).find((block) => block.lang === 'ts');
  expect(example?.prints.length).toBeGreaterThan(2);
  const file = join(dir, 'example.ts');
  writeFileSync(file, example!.code);
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args) => void lines.push(args.join(' ')));
  await import(/* @vite-ignore */ file);
  log.mockRestore();
  expect(lines).toEqual(example!.prints);
});

it('asks people to install the package and its zod peer', () => {
  expect(installedNames(readme)).toEqual(['@nttp/domain', 'zod']);
});
