import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'reference/index': 'src/reference/index.ts', 'fixtures/index': 'src/fixtures/index.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  treeshake: true,
  target: 'es2022',
});
