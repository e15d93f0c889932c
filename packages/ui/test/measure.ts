// Measures what @nttp/ui costs an app: the source bundled as an app's bundler would (esbuild,
// production mode, minified, React left out), then gzipped.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildStyles } from '../src/styles/build-styles';

export const srcDir = fileURLToPath(new URL('../src', import.meta.url));

export interface Measured {
  code: string;
  minified: number;
  gzipped: number;
}

/** Bundles `contents` (an ES module, resolved from src/) the way an app would. */
export async function bundle(contents: string, mode: 'production' | 'development' = 'production'): Promise<Measured> {
  const result = await build({
    stdin: { contents, resolveDir: srcDir, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    treeShaking: true,
    jsx: 'automatic',
    conditions: ['@nttp/source'],
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { code, minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length };
}

/** The cost of importing one named export from the package. */
export function bundleExport(name: string, mode?: 'production' | 'development'): Promise<Measured> {
  return bundle(`export { ${name} } from './index.ts';`, mode);
}

/** The shipped stylesheet, minified and gzipped. */
export async function measureStyles(): Promise<Measured> {
  const result = await build({ stdin: { contents: buildStyles(), loader: 'css' }, write: false, minify: true, logLevel: 'silent' });
  const code = result.outputFiles[0]!.text;
  return { code, minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length };
}

export function componentNames(): string[] {
  const index = readFileSync(fileURLToPath(new URL('../src/trauma-informed.ts', import.meta.url)), 'utf8') + readFileSync(`${srcDir}/index.ts`, 'utf8');
  return [...index.matchAll(/components\/(\w+)'/g)].map((m) => m[1]!).sort();
}
