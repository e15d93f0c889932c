// Runs every example of a component through the same checks: it renders, axe finds no violations
// (contrast is checked in the real browser instead, since jsdom has no canvas), and it renders on the
// server without touching browser globals.
import { cleanup, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import type { ComponentExamples } from '../internal/examples';

export const AXE_JSDOM_OPTIONS = { rules: { 'color-contrast': { enabled: false } } } as const;

export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe(container, AXE_JSDOM_OPTIONS);
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Describes one test per example: renders, has no axe violations, renders to a string on the server. */
export function testExamples(examples: ComponentExamples): void {
  describe(`${examples.component} examples`, () => {
    afterEach(cleanup);

    it('documents when to use it, when not to, its language and its accessibility criteria', () => {
      expect(examples.whenToUse.length).toBeGreaterThan(0);
      expect(examples.whenNotToUse.length).toBeGreaterThan(0);
      expect(examples.language.do.length + examples.language.dont.length).toBeGreaterThan(0);
      expect(examples.accessibility.length).toBeGreaterThan(0);
      expect(new Set(examples.examples.map((e) => e.name)).size).toBe(examples.examples.length);
    });

    for (const example of examples.examples) {
      it(`"${example.name}" has no axe violations`, async () => {
        const { container } = render(example.render());
        await expectNoAxeViolations(container);
      });

      it(`"${example.name}" renders on the server`, () => {
        expect(renderToString(example.render()).length).toBeGreaterThan(0);
      });
    }
  });
}
