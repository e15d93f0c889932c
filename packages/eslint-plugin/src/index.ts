import type { ESLint, Linter, Rule } from 'eslint';
import packageJson from '../package.json';
import { READABLE_ATTRIBUTES, safeLanguageRule, type RuleOptions } from './rule';

export { READABLE_ATTRIBUTES, safeLanguageRule, type RuleOptions };

const rules: Record<string, Rule.RuleModule> = { 'safe-language': safeLanguageRule };

const plugin = {
  meta: { name: packageJson.name, version: packageJson.version },
  rules,
  configs: {} as { recommended: Linter.Config },
} satisfies ESLint.Plugin;

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

export const configs = plugin.configs;
export { rules };
export default plugin;
