import { createChecker, type Finding } from './checker/checker';
import type { CheckOptions } from './checker/options';

export { createChecker, type Checker, type Finding } from './checker/checker';
export { CheckOptionsSchema, type CheckOptions } from './checker/options';
export { lexicon, lexiconInput } from './lexicon/index';
export { NEVER_FLAG } from './lexicon/never-flag';
export { SOURCES, SOURCE_DETAILS, SUPPORT_NOTE, describeSource, type SourceUrl } from './lexicon/sources';
export {
  CATEGORIES,
  PROFILES,
  SEVERITIES,
  LexiconEntrySchema,
  termText,
  type Alternative,
  type Category,
  type EntrySeverity,
  type LexiconEntry,
  type LexiconEntryInput,
  type Profile,
  type Severity,
  type Term,
} from './lexicon/types';
export { SafeLanguageError, type SafeLanguageIssue } from './errors';
export { isReplacement } from './checker/grammar';

const cache = new Map<string, ReturnType<typeof createChecker>>();

/**
 * Checks text against the lexicon and returns every finding, with offsets into the original text.
 * Checkers are compiled once per set of options and reused.
 */
export function checkText(text: string, options: CheckOptions = {}): Finding[] {
  const key = JSON.stringify(options ?? {});
  let checker = cache.get(key);
  if (!checker) {
    checker = createChecker(options);
    if (cache.size >= 16) cache.delete(cache.keys().next().value as string);
    cache.set(key, checker);
  }
  return checker.check(text);
}
