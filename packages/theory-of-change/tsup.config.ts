import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'react/index': 'src/react/index.ts', 'element/index': 'src/element/index.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  external: ['react', 'react/jsx-runtime', 'react-dom', '@nttp/domain', 'zod'],
  clean: true,
  sourcemap: true,
  treeshake: true,
  target: 'es2022',
});
