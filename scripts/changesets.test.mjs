// node --test scripts/changesets.test.mjs
// `pnpm version-packages` (changeset version) writes each package's CHANGELOG.md from the changesets. This
// checks it would work: the config names a changelog generator, every changeset names only publishable
// packages, and `changeset status` reads them all and plans a release for every publishable package.
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

test('changeset status reads the changesets and plans a release (and so a CHANGELOG) for every package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nttp-changesets-'));
  try {
    const output = join(dir, 'status.json');
    execFileSync(join(root, 'node_modules', '.bin', 'changeset'), ['status', `--output=${output}`], { cwd: root, stdio: 'pipe' });
    const status = JSON.parse(readFileSync(output, 'utf8'));
    // The private apps may be listed as dependents; the config keeps them unversioned.
    const planned = status.releases.filter((release) => publishable.includes(release.name) && release.type !== 'none');
    assert.deepEqual(planned.map((release) => release.name).sort(), publishable);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
