// Our own words pass our own language checker: everything the examples render (the copy a designer
// sees in Storybook), every component's docs, and this package's README. Words quoted in a "don't"
// list are examples of what to avoid, and the checker treats quoted words as such.
import { checkText } from '@nttp/safe-language';
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ComponentExamples } from './internal/examples';

const modules = import.meta.glob<{ examples: ComponentExamples }>('./components/*/*.examples.tsx', { eager: true });

/** The text people read in some HTML: tags dropped, attributes people read (labels, alt, title) kept. */
function readable(html: string): string {
  const attributes = [...html.matchAll(/\s(?:aria-label|alt|title|placeholder)="([^"]*)"/g)].map((m) => m[1]);
  return [html.replace(/<[^>]+>/g, ' '), ...attributes].join('\n').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function findings(text: string) {
  return checkText(text, { profile: 'ui' })
    .filter((finding) => finding.severity === 'error' || finding.severity === 'warning')
    .map((finding) => `${finding.severity} ${finding.ruleId}: "${finding.match}"`);
}

describe('our own copy', () => {
  for (const { examples } of Object.values(modules)) {
    it(`${examples.component}: examples and docs have no error or warning findings`, () => {
      const rendered = examples.examples.map((example) => readable(renderToStaticMarkup(example.render())));
      const docs = [examples.summary, ...examples.whenToUse, ...examples.whenNotToUse, ...examples.language.do, ...examples.language.dont, ...examples.accessibility];
      expect([...rendered, ...docs].flatMap(findings)).toEqual([]);
    });
  }

  it('the README has no error or warning findings', () => {
    expect(findings(readFileSync(new URL('../README.md', import.meta.url), 'utf8'))).toEqual([]);
  });
});
