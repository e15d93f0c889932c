import type { ESLint, Linter, Rule } from 'eslint';
import packageJson from '../package.json';
import { safeLanguageRule } from './rule';

/** The plugin object ESLint expects: `meta`, `rules` and `configs`. The CommonJS build exports exactly this. */
export interface NttpPlugin extends ESLint.Plugin {
  meta: { name: string; version: string };
  rules: Record<string, Rule.RuleModule>;
  configs: { recommended: Linter.Config };
}

const rules: Record<string, Rule.RuleModule> = { 'safe-language': safeLanguageRule };

const plugin: NttpPlugin = {
  meta: { name: packageJson.name, version: packageJson.version },
  rules,
  configs: {} as NttpPlugin['configs'],
};

/**
 * The recommended flat config: checks `.jsx` and `.tsx` files, reporting warnings and errors from the
 * lexicon (contested suggestions stay quiet unless you lower `minSeverity`). It sets no parser, so it
 * works with typescript-eslint's parser for `.tsx` and with ESLint's default parser for `.jsx`.
 */
plugin.configs.recommended = {
  name: '@nttp/safe-language/recommended',
  files: ['**/*.jsx', '**/*.tsx'],
  plugins: { '@nttp': plugin },
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  rules: { '@nttp/safe-language': ['error', { minSeverity: 'warning' }] },
};

export default plugin;
