// One flat config for the whole repository.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
// The built plugin (lint depends on its build in turbo.json): our own words pass our own checker.
import nttp from '@nttp/eslint-plugin';

export default tseslint.config(
  {
    // .readme-*: the domain's README test writes its examples there for a moment, while lint may be running
    ignores: ['**/dist/**', '**/node_modules/**', '**/storybook-static/**', '**/coverage/**', '**/.turbo/**', '**/.readme-*/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  nttp.configs.recommended,
);
