#!/usr/bin/env node
// The two quick-start commands. Needs only Node 20 and npm: it brings the pinned pnpm, installs the
// workspace, then either starts the reference app (`npm start`) or runs every check (`npm test`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1', DO_NOT_TRACK: '1' };

const say = (message) => console.log(`\n▸ ${message}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function output(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

let pnpmFound;
/** The pinned pnpm: the one on PATH when it is the right version, otherwise through npx. */
function pnpmCommand() {
  if (pnpmFound) return pnpmFound;
  if (output('pnpm', ['--version']) === PNPM_VERSION) pnpmFound = ['pnpm'];
  else {
    say(`Using pnpm ${PNPM_VERSION} through npx (install it with "npm i -g pnpm@${PNPM_VERSION}" to save a few seconds).`);
    pnpmFound = ['npx', '-y', `pnpm@${PNPM_VERSION}`];
  }
  return pnpmFound;
}

function pnpm(args) {
  const [command, ...prefix] = pnpmCommand();
  return run(command, [...prefix, ...args]);
}

function install() {
  say('Installing the workspace (about 20 seconds the first time)…');
  const status = pnpm(['install', '--frozen-lockfile']);
  if (status !== 0) {
    console.error('\nThe install did not finish. Check the network can reach the npm registry, then run the command again.');
    process.exit(status);
  }
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && output('which', ['apt-get'])) {
    say("The browser tests need Debian's chromium: installing it (about a minute, once per machine)…");
    if (run('apt-get', ['update', '-qq']) === 0 && run('apt-get', ['install', '-y', '-qq', 'chromium']) === 0) return;
  }
  console.error(
    `\nThe browser tests need Chromium at ${CHROMIUM}. On Debian or Ubuntu: "sudo apt-get install -y chromium".` +
      '\nElsewhere, install Chromium and set CHROMIUM_PATH to its executable, then run "npm test" again.',
  );
  process.exit(1);
}

const TEST_TASKS = ['build', 'lint', 'typecheck', 'test', 'check-package', 'e2e'];

/** Runs a command, showing its output as it comes (long runs need progress) and keeping a copy. */
function runAndCapture(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['inherit', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      text += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? 1, text }));
  });
}

async function test() {
  install();
  ensureChromium();
  say(`Running ${TEST_TASKS.join(', ')} in every package (about 3 to 8 minutes)…`);
  const [command, ...prefix] = pnpmCommand();
  const turbo = await runAndCapture(command, [...prefix, 'exec', 'turbo', 'run', ...TEST_TASKS, '--concurrency=2', '--continue', '--output-logs=errors-only', '--summarize=false']);
  const counts = /Tasks:\s+(\d+) successful, (\d+) total/.exec(turbo.text);
  if (counts) {
    const [passed, total] = [Number(counts[1]), Number(counts[2])];
    console.log(`\ntasks: ${passed} passed, ${total - passed} failed`);
  }
  const languageStatus = turbo.status === 0 ? checkOwnWords() : 1;
  const scriptsStatus = run(process.execPath, ['--test', ...readdirSync(join(root, 'scripts')).filter((name) => name.endsWith('.test.mjs')).map((name) => join('scripts', name))]);
  // The consumer test needs every package built: turbo's build above did that.
  say('Installing the packed packages into throwaway projects and using them as another team would (about 1 to 5 minutes)…');
  const consumerStatus = turbo.status === 0 ? run(process.execPath, ['scripts/consumer-test.mjs']) : 1;
  printTestCounts();
  process.exit(turbo.status || languageStatus || scriptsStatus || consumerStatus);
}

/** Adds up what every Vitest run printed (turbo keeps each task's log, also when it replays a cache hit). */
function printTestCounts() {
  let passed = 0;
  let failed = 0;
  const rows = [];
  for (const group of ['packages', 'apps']) {
    const dir = join(root, group);
    for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
      for (const task of ['test', 'e2e']) {
        const log = join(dir, name, '.turbo', `turbo-${task}.log`);
        if (!existsSync(log)) continue;
        const text = readFileSync(log, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
        const summary = [...text.matchAll(/Tests\s+(?:(\d+) failed \| )?(\d+) passed/g)].at(-1);
        if (!summary) continue;
        passed += Number(summary[2]);
        failed += Number(summary[1] ?? 0);
        rows.push(`  ${`${group}/${name}`.padEnd(28)} ${task.padEnd(5)} ${summary[2]} passed${summary[1] ? `, ${summary[1]} failed` : ''}`);
      }
    }
  }
  if (rows.length === 0) return;
  say('Tests run, by package:');
  console.log(rows.join('\n'));
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
}

/** The project's own docs pass its own language checker, once that package is built. */
function checkOwnWords() {
  const cli = join(root, 'packages/safe-language/dist/cli.js');
  if (!existsSync(cli)) return 0;
  say('Checking the project’s own words with nttp-language…');
  return run(process.execPath, [cli, 'check', 'README.md', 'packages/*/README.md', 'apps/*/README.md', 'packages/*/docs/**/*.md', 'apps/storybook/src/**/*.mdx', '.changeset/*.md']);
}

function start() {
  install();
  say('Starting the reference app. Open the address printed below ("Local:") in a browser; press Ctrl+C to stop.');
  process.exit(pnpm(['--filter', '@nttp/pathfinder', 'dev']));
}

const commands = { start, test, install, counts: printTestCounts };
const name = process.argv[2];
if (!name || !(name in commands)) {
  console.error(`Use one of: ${Object.keys(commands).join(', ')}.`);
  process.exit(2);
}
await commands[name]();
