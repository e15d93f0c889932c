import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin, { configs, rules } from './index';

describe('plugin', () => {
  it('exports rules and a recommended flat config', () => {
    expect(plugin.rules).toBe(rules);
    expect(Object.keys(rules)).toEqual(['safe-language']);
    expect(configs.recommended).toMatchObject({ files: ['**/*.jsx', '**/*.tsx'], rules: { '@nttp/safe-language': ['error', { minSeverity: 'warning' }] } });
    expect(plugin.meta.name).toBe('@nttp/eslint-plugin');
  });

  it('works on .tsx with only the parser typescript-eslint provides', () => {
    const linter = new Linter({ configType: 'flat' });
    const code = 'export const A = () => <p title="Our frequent flyers">He is an addict. He relapsed.</p>;\n';
    const messages = linter.verify(code, [...tseslint.configs.recommended, configs.recommended], 'src/a.tsx');
    expect(messages.map((message) => [message.ruleId, message.line, message.column, message.severity])).toEqual([
      ['@nttp/safe-language', 1, 38, 2],
      ['@nttp/safe-language', 1, 61, 2],
    ]);
    expect(messages[1]!.suggestions?.[0]?.desc).toBe('Use “a person who uses drugs”.');
  });

  it('works on .jsx with the default parser, and leaves other files alone', () => {
    const linter = new Linter({ configType: 'flat' });
    expect(linter.verify('const a = <p>The junkie left.</p>;', [configs.recommended], 'a.jsx')).toHaveLength(1);
    expect(linter.verify('const addict = 1;', [configs.recommended], 'a.js')).toEqual([]);
  });
});

describe('the README configs', () => {
  const optionsConfig = {
    files: ['**/*.jsx', '**/*.tsx'],
    rules: { '@nttp/safe-language': ['error', { minSeverity: 'suggestion', allow: ['relapse'] }] },
  } satisfies Linter.Config;

  it('sets options for .tsx with a config that names its files, and leaves .ts files to other rules', () => {
    const linter = new Linter({ configType: 'flat' });
    const config = [...tseslint.configs.recommended, configs.recommended, optionsConfig];
    expect(linter.verify('export const a: number = 1;\n', config, 'src/a.ts')).toEqual([]);
    const messages = linter.verify('export const A = () => <p>She is hard to reach. He relapsed.</p>;\n', config, 'src/a.tsx');
    expect(messages.map((message) => message.message)).toEqual([expect.stringMatching(/hard to reach/i)]);
  });

  it('would stop ESLint on .ts files without `files`, which is why the README names them', () => {
    const linter = new Linter({ configType: 'flat' });
    const { files: _files, ...everywhere } = optionsConfig;
    expect(() => linter.verify('export const a = 1;\n', [...tseslint.configs.recommended, configs.recommended, everywhere], 'src/a.ts')).toThrow(/plugin/i);
  });
});

const cjsBuild = fileURLToPath(new URL('../dist/index.cjs', import.meta.url));

describe.runIf(existsSync(cjsBuild))('the CommonJS build', () => {
  it('exports the plugin object itself, with meta, rules and configs', () => {
    // A plain Node process, as a consumer's eslint.config.cjs runs: no workspace export conditions.
    const script = `
      const { Linter } = require('eslint');
      const plugin = require(${JSON.stringify(cjsBuild)});
      const linter = new Linter({ configType: 'flat' });
      const found = linter.verify('const a = <p>The junkie left.</p>;', [plugin.configs.recommended], 'a.jsx').length;
      console.log(JSON.stringify({ keys: Object.keys(plugin), meta: plugin.meta, self: plugin.configs.recommended.plugins['@nttp'] === plugin, found }));`;
    const result = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    expect(result).toEqual({ keys: ['meta', 'rules', 'configs'], meta: plugin.meta, self: true, found: 1 });
  });
});
