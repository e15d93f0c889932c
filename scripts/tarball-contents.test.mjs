// node --test scripts/tarball-contents.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stylesheetExportProblems, tarballProblems } from './tarball-contents.mjs';

const REPO = 'https://github.com/nttp-toolkit/nttp-toolkit';
const good = {
  name: '@nttp/x',
  version: '0.2.0',
  license: 'MIT',
  homepage: `${REPO}/tree/main/packages/x#readme`,
  repository: { type: 'git', url: `git+${REPO}.git`, directory: 'packages/x' },
  bugs: { url: `${REPO}/issues` },
};
const CHANGELOG = '# @nttp/x\n\n## 0.2.0\n\n### Minor Changes\n\n- Something new.\n\n## 0.1.0\n';
const read = (path) => (path === 'CHANGELOG.md' ? CHANGELOG : 'MIT text');
const PUBLISHED = ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'src/index.ts'];

test('a tarball with a LICENSE, a README and only published files passes', () => {
  assert.deepEqual(tarballProblems(good, PUBLISHED, 'MIT text', read), []);
});

test('tests, examples, stories and a missing LICENSE are each named', () => {
  const problems = tarballProblems(good, ['README.md', 'CHANGELOG.md', 'src/readme.test.ts', 'src/Button.examples.tsx', 'src/Button.stories.tsx', 'src/test-utils/setup.ts'], 'MIT text', read);
  assert.equal(problems.length, 5);
  assert.match(problems[0], /no LICENSE/);
  assert.match(problems.join('\n'), /src\/readme\.test\.ts is for development only/);
  assert.match(problems.join('\n'), /Button\.examples\.tsx/);
});

test('placeholder repository, missing homepage and bugs are named', () => {
  const problems = tarballProblems({ license: 'MIT', version: '0.2.0', repository: { url: 'https://example.invalid/x.git', directory: 'packages/x' } }, ['LICENSE', 'README.md', 'CHANGELOG.md'], 'MIT text', read);
  assert.deepEqual(problems.map((problem) => problem.split(' ')[0]), ['repository', 'homepage', 'bugs.url']);
});

const ui = { exports: { '.': './dist/index.js', './styles.css': { types: './styles.css.d.ts', '@nttp/source': './src/styles.css', default: './dist/styles.css' } } };
const uiFiles = ['styles.css.d.ts', 'src/styles.css', 'dist/styles.css', 'dist/index.js'];

test('a stylesheet export with its types first and every file in the tarball passes', () => {
  assert.deepEqual(stylesheetExportProblems(ui, uiFiles), []);
});

test('a stylesheet export missing from the tarball, or without types first, is named', () => {
  assert.match(stylesheetExportProblems(ui, uiFiles.filter((file) => file !== 'dist/styles.css')).join('\n'), /default is \.\/dist\/styles\.css, which is not in the tarball/);
  const untyped = { exports: { './styles.css': { default: './dist/styles.css' } } };
  assert.match(stylesheetExportProblems(untyped, uiFiles).join('\n'), /needs a "types" condition first/);
  const typesLast = { exports: { './styles.css': { default: './dist/styles.css', types: './styles.css.d.ts' } } };
  assert.match(stylesheetExportProblems(typesLast, uiFiles).join('\n'), /needs a "types" condition first/);
});

test('a missing CHANGELOG, or one whose newest entry is not the package version, is named', () => {
  const withoutChangelog = tarballProblems(good, PUBLISHED.filter((file) => file !== 'CHANGELOG.md'), 'MIT text', read);
  assert.equal(withoutChangelog.length, 1);
  assert.match(withoutChangelog[0], /no CHANGELOG\.md/);
  const behind = tarballProblems({ ...good, version: '0.3.0' }, PUBLISHED, 'MIT text', read);
  assert.deepEqual(behind, ["CHANGELOG.md's newest entry is 0.2.0 but the package is 0.3.0: run `pnpm version-packages`."]);
});
