import plugin, { type NttpPlugin } from './plugin';
import { READABLE_ATTRIBUTES, safeLanguageRule, type RuleOptions } from './rule';

export { READABLE_ATTRIBUTES, safeLanguageRule, type NttpPlugin, type RuleOptions };
export const configs = plugin.configs;
export const rules = plugin.rules;
export default plugin;
