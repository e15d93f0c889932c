#!/usr/bin/env node
// Package checks for one publishable package (run from its folder): publint for the package.json and
// files, then @arethetypeswrong/cli on the packed tarball, so what consumers install resolves its types
// under every module resolution they might use.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (command, args) => execFileSync(join(bin, command), args, { stdio: 'inherit' });

console.log(`Checking the package ${pkg.name}…`);
try {
  run('publint', ['--strict']);
  // Packages whose subpath entries reach React or the DOM only need modern resolution; the rest are
  // checked under node10 too.
  const profile = pkg.nttp?.attwProfile ?? 'strict';
  run('attw', ['--pack', '.', '--profile', profile, '--format', 'table-flipped']);
} catch {
  console.error(`\n${pkg.name}: the package checks above found something to fix before publishing.`);
  process.exit(1);
}
