// Marks built files as client components for React Server Component frameworks. tsup's `banner` does not
// survive its tree-shaking pass (Rollup drops module-level directives), so the build adds the directive
// afterwards, and shifts the source map down one line to match.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const DIRECTIVE = "'use client';\n";

/** Prepends `'use client';` to each built file (once) and keeps its source map in step. */
export function markUseClient(files) {
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    if (code.startsWith(DIRECTIVE)) continue;
    writeFileSync(file, DIRECTIVE + code);
    const mapFile = `${file}.map`;
    if (!existsSync(mapFile)) continue;
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    map.mappings = `;${map.mappings}`;
    writeFileSync(mapFile, JSON.stringify(map));
  }
}
