#!/usr/bin/env node
// Package checks for one publishable package (run from its folder): what the tarball holds (a LICENSE,
// no tests or examples, the metadata people look for), publint for the package.json and files, then
// @arethetypeswrong/cli on the packed tarball, so what consumers install resolves its types under every
// module resolution they might use.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stylesheetExportProblems, tarballProblems } from './tarball-contents.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'node_modules', '.bin');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (command, args) => execFileSync(join(bin, command), args, { stdio: 'inherit' });

console.log(`Checking the package ${pkg.name}…`);
// pnpm publishes (changeset publish), and it adds README-named files whatever `files` says; npm is what
// most people use to pack by hand. Both lists are checked.
const listed = {
  pnpm: JSON.parse(execFileSync('pnpm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' })).files.map((file) => file.path),
  npm: JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0].files.map((file) => file.path),
};
const problems = Object.entries(listed).flatMap(([tool, files]) =>
  [...tarballProblems(pkg, files, readFileSync(join(root, 'LICENSE'), 'utf8'), (path) => readFileSync(path, 'utf8')), ...stylesheetExportProblems(pkg, files)].map(
    (problem) => `${tool} pack: ${problem}`,
  ),
);
if (problems.length > 0) {
  console.error(`\n${pkg.name}: the tarball needs a change before publishing:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`The tarball holds ${listed.pnpm.length} files, a LICENSE and no tests or examples.`);
try {
  run('publint', ['--strict']);
  // Packages whose subpath entries reach React or the DOM only need modern resolution; the rest are
  // checked under node10 too.
  const profile = pkg.nttp?.attwProfile ?? 'strict';
  // ESM-only browser files (the custom element's self-contained bundle) have no CommonJS form to check.
  const exclude = pkg.nttp?.attwExcludeEntrypoints ?? [];
  const excludeArgs = exclude.length > 0 ? ['--exclude-entrypoints', ...exclude] : [];
  // attw does not look at stylesheet exports: they are checked above and type-checked below.
  run('attw', ['--pack', '.', '--profile', profile, '--format', 'table-flipped', ...excludeArgs]);
  typecheckStylesheetImports();
} catch {
  console.error(`\n${pkg.name}: the package checks above found something to fix before publishing.`);
  process.exit(1);
}

/**
 * `import '<package>/styles.css'` from the packed tarball, type-checked by TypeScript 6 under node16 and
 * bundler resolution with side-effect imports checked (TS2882) and no `declare module '*.css'` anywhere.
 */
function typecheckStylesheetImports() {
  const stylesheets = Object.keys(pkg.exports ?? {}).filter((subpath) => subpath.endsWith('.css'));
  if (stylesheets.length === 0) return;
  const project = mkdtempSync(join(tmpdir(), 'nttp-stylesheet-types-'));
  try {
    const installed = join(project, 'node_modules', ...pkg.name.split('/'));
    mkdirSync(installed, { recursive: true });
    const tarball = JSON.parse(execFileSync('pnpm', ['pack', '--pack-destination', project, '--json'], { encoding: 'utf8' })).filename;
    execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
    writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(project, 'entry.ts'), `${stylesheets.map((subpath) => `import '${pkg.name}${subpath.slice(1)}';`).join('\n')}\nexport {};\n`);
    for (const resolution of ['node16', 'bundler']) {
      const module = resolution === 'node16' ? 'node16' : 'esnext';
      const compilerOptions = { strict: true, skipLibCheck: false, noEmit: true, noUncheckedSideEffectImports: true, types: [], module, moduleResolution: resolution, target: 'es2022' };
      writeFileSync(join(project, `tsconfig.${resolution}.json`), JSON.stringify({ compilerOptions, files: ['entry.ts'] }));
      execFileSync(join(bin, 'tsc'), ['-p', `tsconfig.${resolution}.json`], { cwd: project, stdio: 'inherit' });
    }
    console.log(`${stylesheets.map((subpath) => pkg.name + subpath.slice(1)).join(', ')}: in the tarball, and its import type-checks under node16 and bundler resolution.`);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

