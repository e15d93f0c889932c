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
