import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';

// The README's first example must run as written.
const dir = mkdtempSync(join(import.meta.dirname, '.readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('runs the README quick-start example and prints what it promises', async () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(code).toBeDefined();
  const file = join(dir, 'example.ts');
  writeFileSync(file, code!);
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args) => void lines.push(args.join(' ')));
  await import(/* @vite-ignore */ file);
  log.mockRestore();
  expect(lines[0]).toBe('30 nodes in the Theory of Change');
  expect(lines).toContain('pathfinder.startDate: Expected a real calendar date written as YYYY-MM-DD, like 2025-03-14.');
});
