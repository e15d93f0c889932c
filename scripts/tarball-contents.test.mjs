// node --test scripts/tarball-contents.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tarballProblems } from './tarball-contents.mjs';

const REPO = 'https://github.com/nttp-toolkit/nttp-toolkit';
const good = {
  name: '@nttp/x',
  license: 'MIT',
  homepage: `${REPO}/tree/main/packages/x#readme`,
  repository: { type: 'git', url: `git+${REPO}.git`, directory: 'packages/x' },
  bugs: { url: `${REPO}/issues` },
};
const read = () => 'MIT text';

test('a tarball with a LICENSE, a README and only published files passes', () => {
  assert.deepEqual(tarballProblems(good, ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'src/index.ts'], 'MIT text', read), []);
});

test('tests, examples, stories and a missing LICENSE are each named', () => {
  const problems = tarballProblems(good, ['README.md', 'src/readme.test.ts', 'src/Button.examples.tsx', 'src/Button.stories.tsx', 'src/test-utils/setup.ts'], 'MIT text', read);
  assert.equal(problems.length, 5);
  assert.match(problems[0], /no LICENSE/);
  assert.match(problems.join('\n'), /src\/readme\.test\.ts is for development only/);
  assert.match(problems.join('\n'), /Button\.examples\.tsx/);
});

test('placeholder repository, missing homepage and bugs are named', () => {
  const problems = tarballProblems({ license: 'MIT', repository: { url: 'https://example.invalid/x.git', directory: 'packages/x' } }, ['LICENSE', 'README.md'], 'MIT text', read);
  assert.deepEqual(problems.map((problem) => problem.split(' ')[0]), ['repository', 'homepage', 'bugs.url']);
});
