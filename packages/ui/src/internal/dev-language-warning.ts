// Development-only language warnings. Components that take text call `useLanguageWarning`; while
// developing, any error-severity finding from @nttp/safe-language is reported once per text with
// `console.warn`, naming the component, the prop and the kinder alternatives. In a production build
// (`process.env.NODE_ENV === 'production'`) the hook is a no-op, so bundlers drop the checker and its
// lexicon entirely; test/size.test.ts proves it.
import { checkText } from '@nttp/safe-language';
import { useEffect } from 'react';

const warned = new Set<string>();
const MAX_DEPTH = 4;

/** The readable strings in a component's text props: strings, and strings inside arrays. */
export function collectTexts(texts: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  const visit = (prop: string, value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      if (value.trim()) out.push([prop, value]);
    } else if (Array.isArray(value) && depth < MAX_DEPTH) {
      value.forEach((item, index) => visit(`${prop}[${index}]`, item, depth + 1));
    }
  };
  for (const [prop, value] of Object.entries(texts)) visit(prop, value, 0);
  return out;
}

/** Checks the texts now and warns about each error-severity finding not reported before. */
export function warnAboutLanguage(component: string, texts: [string, string][]): void {
  for (const [prop, text] of texts) {
    for (const finding of checkText(text, { profile: 'ui' })) {
      if (finding.severity !== 'error') continue;
      const key = `${component}\u0000${prop}\u0000${text}\u0000${finding.ruleId}\u0000${finding.start}`;
      if (warned.has(key)) continue;
      warned.add(key);
      const alternatives = finding.alternatives.length > 0 ? ` You could say: ${finding.alternatives.map((a) => `"${a}"`).join(', ')}.` : '';
      console.warn(`[@nttp/ui] ${component} ${prop}: "${finding.match}" may read as unsafe language. ${finding.message}${alternatives}`);
    }
  }
}

/** Forgets which texts were reported (for tests). */
export function resetLanguageWarnings(): void {
  warned.clear();
}

function useLanguageWarningInDevelopment(component: string, texts: Record<string, unknown>): void {
  const key = JSON.stringify(collectTexts(texts));
  useEffect(() => {
    warnAboutLanguage(component, JSON.parse(key) as [string, string][]);
  }, [component, key]);
}

function noLanguageWarning(_component: string, _texts: Record<string, unknown>): void {}

/**
 * In development, warns (once per text) when a component's text has an error-severity safe-language
 * finding. Compiled to a no-op in production builds.
 */
export const useLanguageWarning: (component: string, texts: Record<string, unknown>) => void =
  process.env.NODE_ENV !== 'production' ? useLanguageWarningInDevelopment : noLanguageWarning;
