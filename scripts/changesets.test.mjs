// node --test scripts/changesets.test.mjs
// `pnpm version-packages` (changeset version) writes each package's CHANGELOG.md from the changesets. This
// checks the config names a changelog generator, every package has its CHANGELOG.md up to its version,
// and any changesets waiting for the next release name only publishable packages and are read by
// `changeset status`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const publishable = readdirSync(join(root, 'packages'))
  .map((folder) => JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8')))
  .filter((pkg) => !pkg.private)
  .map((pkg) => pkg.name)
  .sort();

test('the changesets config writes changelogs and never versions the private apps', () => {
  const config = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8'));
  assert.ok(config.changelog, 'a changelog generator is configured');
  assert.equal(config.privatePackages?.version ?? true, false);
});

test('every changeset names only publishable packages', () => {
  for (const file of readdirSync(join(root, '.changeset')).filter((name) => name.endsWith('.md') && name !== 'README.md')) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, '.changeset', file), 'utf8'))?.[1] ?? '';
    for (const [, name] of front.matchAll(/^['"]?([^'":]+)['"]?:\s*(?:patch|minor|major)\s*$/gm)) {
      assert.ok(publishable.includes(name), `${file} names ${name}, which is not a publishable package`);
    }
  }
});

test('every publishable package has a CHANGELOG.md from changesets whose newest entry is its version', () => {
  for (const folder of readdirSync(join(root, 'packages'))) {
    const pkg = JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8'));
    if (pkg.private) continue;
    const changelog = readFileSync(join(root, 'packages', folder, 'CHANGELOG.md'), 'utf8');
    assert.ok(changelog.startsWith(`# ${pkg.name}\n`), `${folder}/CHANGELOG.md starts with the package name`);
    assert.equal(/^## (\S+)/m.exec(changelog)?.[1], pkg.version, `${folder}/CHANGELOG.md's newest entry is ${pkg.version}`);
    assert.ok(pkg.files.includes('CHANGELOG.md'), `${folder} publishes its CHANGELOG.md`);
  }
});

test('changeset status reads the pending changesets and plans a release for each package they name', () => {
  const pending = readdirSync(join(root, '.changeset')).filter((name) => name.endsWith('.md') && name !== 'README.md');
  const named = new Set(
    pending.flatMap((file) => [...(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, '.changeset', file), 'utf8'))?.[1] ?? '').matchAll(/^['"]?([^'":]+)['"]?:/gm)].map((m) => m[1])),
  );
  if (pending.length === 0) return assert.equal(named.size, 0);
  const dir = mkdtempSync(join(tmpdir(), 'nttp-changesets-'));
  try {
    const output = join(dir, 'status.json');
    execFileSync(join(root, 'node_modules', '.bin', 'changeset'), ['status', `--output=${output}`], { cwd: root, stdio: 'pipe' });
    const status = JSON.parse(readFileSync(output, 'utf8'));
    const planned = status.releases.filter((release) => publishable.includes(release.name) && release.type !== 'none').map((release) => release.name);
    for (const name of named) assert.ok(planned.includes(name), `a release of ${name} is planned`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
