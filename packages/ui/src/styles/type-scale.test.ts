import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

/** The font-size tokens set in one block of the stylesheet, in px (1rem = 16px). */
function sizes(block: string): Record<string, number> {
  return Object.fromEntries([...block.matchAll(/--nttp-font-size-(\w+):\s*([\d.]+)rem/g)].map(([, name, rem]) => [name!, Number(rem) * 16]));
}

const phone = sizes(css.slice(0, css.indexOf('@media')));
const desktopBlock = /@media \(min-width: 40\.0625rem\) \{([\s\S]*?)\n\}/.exec(css);
const desktop = sizes(desktopBlock?.[1] ?? '');

describe('type scale', () => {
  it('matches the documented scale: body 16/19, lead 18/24, h2 24/36, h1 32/48 (phone/desktop px)', () => {
    expect(phone).toEqual({ s: 14, m: 16, l: 18, xl: 24, xxl: 32 });
    expect(desktop).toEqual({ s: 16, m: 19, l: 24, xl: 36, xxl: 48 });
  });

  it('keeps each step clearly above the next on both screens, so lead text never matches a heading', () => {
    for (const scale of [phone, desktop]) {
      const steps = [scale.s!, scale.m!, scale.l!, scale.xl!, scale.xxl!];
      for (let i = 1; i < steps.length; i++) expect(steps[i]! / steps[i - 1]!).toBeGreaterThanOrEqual(1.1);
    }
  });

  it('names a deliberate font stack without system-ui (which is DejaVu Sans on Linux)', () => {
    const family = /--nttp-font-family:\s*([^;]+);/.exec(css)?.[1] ?? '';
    expect(family).not.toMatch(/system-ui/);
    expect(family).toMatch(/Arial, 'Liberation Sans'/);
    expect(family.trim().endsWith('sans-serif')).toBe(true);
  });
});
