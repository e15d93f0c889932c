// Checks the Storybook set-up without a browser: telemetry stays off, workspace packages resolve to
// source, and every @nttp/ui component has a stories file with a story for every typed example.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ComponentExamples } from '../../../packages/ui/src/internal/examples';
import { describe, expect, it } from 'vitest';
import config, { SOURCE_CONDITION } from '../.storybook/main';

const componentsDir = fileURLToPath(new URL('../../../packages/ui/src/components', import.meta.url));
const components = readdirSync(componentsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('Storybook configuration', () => {
  it('turns telemetry off, so builds stay offline', () => {
    expect(config.core).toMatchObject({ disableTelemetry: true });
  });

  it('resolves workspace packages to their source first', async () => {
    const vite = await (config.viteFinal as (c: object, o: object) => Promise<{ resolve: { conditions: string[] } }>)({}, { configType: 'PRODUCTION' });
    expect(vite.resolve.conditions[0]).toBe(SOURCE_CONDITION);
  });

  it('loads the accessibility addon and the ui stories', () => {
    expect(config.addons).toContain('@storybook/addon-a11y');
    expect(config.stories).toContain('../../../packages/ui/src/components/**/*.stories.@(ts|tsx)');
  });
});

describe('every @nttp/ui component has its stories', () => {
  it('finds the components', () => {
    expect(components.length).toBeGreaterThanOrEqual(17);
  });

  for (const name of components) {
    it(`${name}: a story for every example, with the docs from its examples file`, async () => {
      const base = join(componentsDir, name, name);
      expect(existsSync(`${base}.stories.tsx`), `${name}.stories.tsx`).toBe(true);
      const { examples } = (await import(/* @vite-ignore */ `${base}.examples.tsx`)) as { examples: ComponentExamples };
      const stories = (await import(/* @vite-ignore */ `${base}.stories.tsx`)) as Record<string, { name?: string; parameters?: { docs?: { description?: { component?: string } } } }>;
      const { default: meta, ...named } = stories;
      expect(meta?.parameters?.docs?.description?.component).toContain(examples.summary);
      // Every example is a story; a component may add variants of one (such as under reduced motion).
      const storyNames = Object.values(named).map((story) => story.name);
      expect(storyNames).toEqual(expect.arrayContaining(examples.examples.map((example) => example.name)));
    });
  }
});
