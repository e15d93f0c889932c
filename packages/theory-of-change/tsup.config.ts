import { defineConfig } from 'tsup';
import { markUseClient } from '../../scripts/use-client.mjs';

// dist/element.bundle.js (the self-contained custom element) is built by build-element.mjs.
export default defineConfig([{
  entry: { index: 'src/index.ts', 'react/index': 'src/react/index.ts', 'element/index': 'src/element/index.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  external: ['react', 'react/jsx-runtime', 'react-dom', '@nttp/domain', 'zod'],
  clean: true,
  sourcemap: true,
  treeshake: true,
  target: 'es2022',
  async onSuccess() {
    // The React component is a client component in React Server Component frameworks.
    markUseClient(['dist/react/index.js', 'dist/react/index.cjs']);
  },
},
  // layoutAsync's worker: self-contained (zod and @nttp/domain inside), next to index.js, which starts it
  // with new URL('./worker.js', import.meta.url)
  {
    entry: { worker: 'src/layout/worker.ts' },
    format: ['esm'],
    noExternal: [/.*/],
    minify: true,
    sourcemap: true,
    treeshake: true,
    target: 'es2022',
    platform: 'browser',
    // workspace packages from their source, so the worker needs nothing else built first
    esbuildOptions: (options) => {
      options.conditions = ['@nttp/source'];
    },
  },
]);
