// Types for `require('@nttp/eslint-plugin')`: the CommonJS build exports the plugin object itself (see
// tsup.config.ts), so `module.exports.meta`, `.rules` and `.configs` are what ESLint reads.
import type { ESLint, Linter, Rule } from 'eslint';

declare namespace plugin {
  interface NttpPlugin extends ESLint.Plugin {
    meta: { name: string; version: string };
    rules: Record<string, Rule.RuleModule>;
    configs: { recommended: Linter.Config };
  }
}
declare const plugin: plugin.NttpPlugin;
export = plugin;
