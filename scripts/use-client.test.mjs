// node --test scripts/use-client.test.mjs
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { markUseClient, oneSourceMapComment } from './use-client.mjs';

test('a built file is marked once, keeps one source-map comment, and its map moves down a line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nttp-use-client-'));
  try {
    const file = join(dir, 'index.js');
    writeFileSync(file, 'export const a = 1;\n//# sourceMappingURL=index.js.map\n//# sourceMappingURL=index.js.map\n');
    writeFileSync(`${file}.map`, JSON.stringify({ version: 3, mappings: 'AAAA' }));
    markUseClient([file]);
    markUseClient([file]);
    assert.equal(readFileSync(file, 'utf8'), "'use client';\nexport const a = 1;\n//# sourceMappingURL=index.js.map\n");
    assert.equal(JSON.parse(readFileSync(`${file}.map`, 'utf8')).mappings, ';AAAA');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('code with one source-map comment or none is left as it is', () => {
  for (const code of ['export {};\n', 'export {};\n//# sourceMappingURL=a.js.map\n']) assert.equal(oneSourceMapComment(code), code);
});
