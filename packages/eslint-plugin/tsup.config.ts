import { copyFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const shared = { sourcemap: true, treeshake: true, target: 'es2022', external: ['@nttp/safe-language', 'eslint'] } satisfies Options;

export default defineConfig([
  { ...shared, entry: { index: 'src/index.ts' }, format: ['esm'], dts: { compilerOptions: { ignoreDeprecations: '6.0' } } },
  {
    // CommonJS: `module.exports` is the plugin object (with `meta`), as ESLint expects from require();
    // the footer replaces esbuild's exports object with its lone default export. Types: src/index.d.cts.
    ...shared,
    entry: { index: 'src/plugin.ts' },
    format: ['cjs'],
    footer: { js: 'module.exports = module.exports.default;' },
    async onSuccess() {
      copyFileSync('src/index.d.cts', 'dist/index.d.cts');
    },
  },
]);
