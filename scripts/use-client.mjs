// Marks built files as client components for React Server Component frameworks. tsup's `banner` does not
// survive its tree-shaking pass (Rollup drops module-level directives), so the build adds the directive
// afterwards, and shifts the source map down one line to match. The same pass leaves the source-map
// comment twice; one is kept.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const DIRECTIVE = "'use client';\n";

/** The code with one source-map comment at most (the last). */
export function oneSourceMapComment(code) {
  const comments = code.match(/^\/\/# sourceMappingURL=.*$/gm) ?? [];
  if (comments.length < 2) return code;
  const last = comments.at(-1);
  return `${code.replace(/^\/\/# sourceMappingURL=.*\n?/gm, '').trimEnd()}\n${last}\n`;
}

/** Prepends `'use client';` to each built file (once) and keeps its source map in step. */
export function markUseClient(files) {
  for (const file of files) {
    const code = oneSourceMapComment(readFileSync(file, 'utf8'));
    if (code.startsWith(DIRECTIVE)) {
      writeFileSync(file, code);
      continue;
    }
    writeFileSync(file, DIRECTIVE + code);
    const mapFile = `${file}.map`;
    if (!existsSync(mapFile)) continue;
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    map.mappings = `;${map.mappings}`;
    writeFileSync(mapFile, JSON.stringify(map));
  }
}
