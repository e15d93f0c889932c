import { defineConfig } from 'tsup';
import { markUseClient } from '../../scripts/use-client.mjs';

// dist/element.bundle.js (the self-contained custom element) is built by build-element.mjs, and
// dist/worker.js (layoutAsync's worker: the layout core without zod) by build-worker.mjs.
export default defineConfig({
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
});
