import { writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { markUseClient } from '../../scripts/use-client.mjs';
import { buildStyles } from './src/styles/build-styles';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  treeshake: true,
  target: 'es2022',
  external: ['react', 'react-dom', '@nttp/safe-language'],
  // The stylesheet is plain CSS: tokens, themes and base styles first, then each component's CSS in
  // name order, so a component added later is included without touching this file.
  async onSuccess() {
    // Every component is a client component in React Server Component frameworks (hooks, events).
    markUseClient(['dist/index.js', 'dist/index.cjs']);
    writeFileSync('dist/styles.css', buildStyles());
  },
});
