// Builds @nttp/ui/styles.css: the tokens and base styles, then every component's stylesheet in name
// order. Used by the tsup build and by the tests that check the shipped CSS.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const stylesDir = fileURLToPath(new URL('.', import.meta.url));
const componentsDir = join(stylesDir, '..', 'components');

/** The foundation stylesheets, in cascade order. */
export const FOUNDATION_FILES = ['tokens.css', 'base.css'] as const;

/** Every component stylesheet as [component name, absolute path], sorted by name. */
export function componentStylesheets(): [string, string][] {
  if (!existsSync(componentsDir)) return [];
  return readdirSync(componentsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name): [string, string] => [name, join(componentsDir, name, `${name}.css`)])
    .filter(([, path]) => existsSync(path));
}

export function readFoundation(file: (typeof FOUNDATION_FILES)[number]): string {
  return readFileSync(join(stylesDir, file), 'utf8');
}

export function buildStyles(): string {
  const parts = FOUNDATION_FILES.map((file) => `/* ${file} */\n${readFoundation(file).trim()}\n`);
  for (const [name, path] of componentStylesheets()) {
    parts.push(`/* ${name} */\n${readFileSync(path, 'utf8').trim()}\n`);
  }
  return `/*! @nttp/ui styles: plain CSS with custom properties. */\n${parts.join('\n')}`;
}
