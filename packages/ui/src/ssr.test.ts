// Server rendering: every example of every component renders to a string in plain Node, where there is
// no window or document, so a component that touches browser globals while rendering fails here.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as ui from './index';
import type { ComponentExamples } from './internal/examples';

const modules = import.meta.glob<{ examples: ComponentExamples }>('./components/*/*.examples.tsx', { eager: true });
const folders = readdirSync(fileURLToPath(new URL('./components', import.meta.url)), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('server rendering', () => {
  it('runs without browser globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('has an examples file for every component folder, each exported from the package', () => {
    const named = folders.map((name) => modules[`./components/${name}/${name}.examples.tsx`]?.examples.component);
    expect(named).toEqual(folders);
    // A component is a function, or a forwardRef object (Button, Link and the form fields, for React 18 refs).
    const isComponent = (value: unknown) => typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value);
    for (const name of folders) expect(isComponent((ui as Record<string, unknown>)[name]), name).toBe(true);
  });

  for (const name of folders) {
    const examples = modules[`./components/${name}/${name}.examples.tsx`]?.examples;
    if (!examples) continue;
    describe(name, () => {
      for (const example of examples.examples) {
        it(`renders "${example.name}" to HTML`, () => {
          const html = renderToString(example.render());
          expect(html.length).toBeGreaterThan(0);
          // Rendering twice gives the same HTML: no random ids, times or counters in the markup.
          expect(renderToStaticMarkup(example.render())).toBe(renderToStaticMarkup(example.render()));
        });
      }
    });
  }
});
