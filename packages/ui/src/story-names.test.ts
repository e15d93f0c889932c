import { describe, expect, it } from 'vitest';

describe('story names', () => {
  it('are written as literals beside each storyFor, so the sidebar and the test runner show the human name', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('./components/', import.meta.url);
    const missing: string[] = [];
    for (const component of readdirSync(dir)) {
      const file = new URL(`${component}/${component}.stories.tsx`, dir);
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      for (const [, name] of source.matchAll(/storyFor\(examples, ('[^']*'|"[^"]*")\)/g)) {
        const literal = new RegExp(`name: ${name!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
        const exportedAsIs = new RegExp(`export const ${JSON.parse(name!.replace(/^'|'$/g, '"')).replace(/\W/g, '')}\\b`);
        if (!literal.test(source) && !exportedAsIs.test(source)) missing.push(`${component}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
