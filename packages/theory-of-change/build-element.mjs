#!/usr/bin/env node
// Builds dist/element.bundle.js: the custom element with zod and @nttp/domain inside, for a plain
// <script type="module"> with no bundler and no import map. Vite's library mode (Rolldown) tree-shakes
// zod far better than esbuild does (about 46 KB gzip against 113 KB), so the bundle is built here rather
// than by tsup. src/element-bundle.test.ts holds its size budget.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Builds the bundle; with `write: false` returns its code instead of writing dist/. */
export async function buildElementBundle({ write = true } = {}) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    resolve: { conditions: ['@nttp/source', 'browser', 'import', 'module', 'default'] },
    build: {
      write,
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: write,
      copyPublicDir: false,
      lib: { entry: 'src/element/bundle.ts', formats: ['es'], fileName: () => 'element.bundle.js' },
      // Library mode keeps whitespace in ES output; a page loading the file as it is wants it small.
      rolldownOptions: { output: { minify: true } },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const code = output.find((file) => file.type === 'chunk' && file.fileName === 'element.bundle.js').code;
  if (write) {
    // Its types are the element entry's, plus toScriptJson.
    writeFileSync(`${root}dist/element.bundle.d.ts`, "export * from './element/index.js';\nexport { toScriptJson } from './index.js';\n");
  }
  return code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildElementBundle();
