// node --test scripts/readme-examples.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { installedNames, readmeExamples } from './readme-examples.mjs';

const README = [
  '# x',
  '```sh',
  'npm install @nttp/domain zod@^4.1.0 --save',
  '```',
  '```ts',
  "import { THEMES } from '@nttp/domain/reference';",
  'console.log(THEMES.length); // prints: 9',
  '// prints: second line',
  '```',
  '```js',
  '// eslint.config.js',
  'export default [];',
  '```',
  '```html',
  '<!-- page.html -->',
  '<p>hi</p>',
  '```',
].join('\n');

test('reads each fenced block with its language, file name and printed lines', () => {
  const examples = readmeExamples(README);
  assert.deepEqual(
    examples.map(({ lang, file, prints }) => ({ lang, file, prints })),
    [
      { lang: 'sh', file: undefined, prints: [] },
      { lang: 'ts', file: undefined, prints: ['9', 'second line'] },
      { lang: 'js', file: 'eslint.config.js', prints: [] },
      { lang: 'html', file: 'page.html', prints: [] },
    ],
  );
});

test('names the packages an npm install line asks for, without versions or flags', () => {
  assert.deepEqual(installedNames(README), ['@nttp/domain', 'zod']);
});
