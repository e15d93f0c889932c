// The stylesheet touches nothing outside our scope: every selector in the built styles.css (and in
// dist/styles.css when a build exists) reaches only .nttp-root or elements with our nttp- classes.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildStyles } from './build-styles';
import { isScoped, styleRules } from './css-scope';

describe('isScoped', () => {
  it('accepts our root, our classes and what sits inside them', () => {
    for (const selector of [
      '.nttp-root',
      '.nttp-root[data-theme="dark"]',
      "[data-theme='dark'] .nttp-root",
      '.nttp-root [data-motion="reduce"]',
      '.nttp-callout__body > :first-child',
      "[class^='nttp-']:focus-visible",
      "[class*=' nttp-']:focus-visible",
      'body.nttp-exit-this-page-hide-content > *:not(.nttp-exit-this-page-overlay)',
      '.nttp-root:has(.nttp-exit-this-page) *',
      '.nttp-tabs:has(> .nttp-tab + .nttp-tab) [aria-label="a > b"]',
    ]) {
      expect(isScoped(selector), selector).toBe(true);
    }
  });

  it('refuses anything that reaches the host page', () => {
    for (const selector of [
      ':root',
      ':root:not([data-theme="light"])',
      'html:has(.nttp-exit-this-page)',
      "[data-theme='dark']",
      'body',
      '.nttp-root + p',
      '.nttp-button ~ *',
      'a:not(.nttp-link)',
      '*',
      'p:has(> .nttp-root)',
      '[title="x .nttp-root"]',
    ]) {
      expect(isScoped(selector), selector).toBe(false);
    }
  });
});

describe('styleRules', () => {
  it('reads selectors inside at-rules, splits lists at top-level commas and skips keyframe steps', () => {
    const css = `/* a, b { } */ @media (min-width: 1px) { .a, .b:is(.c, .d) { color: red; } }
      @keyframes spin { from { opacity: 0 } to { opacity: 1 } } .e[title="{x}"] { content: "}"; }`;
    expect(styleRules(css)).toEqual([
      { context: ['@media (min-width: 1px)'], selector: '.a' },
      { context: ['@media (min-width: 1px)'], selector: '.b:is(.c, .d)' },
      { context: [], selector: '.e[title="{x}"]' },
    ]);
  });
});

const built = fileURLToPath(new URL('../../dist/styles.css', import.meta.url));
const sheets: [string, string][] = [['the stylesheet built from source', buildStyles()]];
if (existsSync(built)) sheets.push(['dist/styles.css', readFileSync(built, 'utf8')]);

describe.each(sheets)('%s', (_name, css) => {
  it('scopes every selector to .nttp-root or an nttp- class', () => {
    const rules = styleRules(css);
    expect(rules.length).toBeGreaterThan(100);
    expect(rules.filter((rule) => !isScoped(rule.selector))).toEqual([]);
  });

  it('never sets color-scheme outside .nttp-root', () => {
    const withScheme = css.replace(/\/\*[\s\S]*?\*\//g, '').match(/[^{}]+\{[^{}]*color-scheme[^{}]*\}/g) ?? [];
    expect(withScheme.length).toBeGreaterThan(0);
    for (const rule of withScheme) {
      const selectors = styleRules(rule).map((r) => r.selector);
      expect(selectors.every((selector) => selector.includes('.nttp-root')), rule).toBe(true);
    }
  });
});
