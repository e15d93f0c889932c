import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./LikertScale.css', import.meta.url), 'utf8');

describe('LikertScale styles', () => {
  it('stacks the points in one column on phones, and sets them side by side only from 48rem', () => {
    const outside = css.replace(/@media[^{]*\{(?:[^{}]*\{[^}]*\})*[^}]*\}/g, '');
    expect(/\.nttp-likert__scale\s*\{[^}]*grid-template-columns:\s*1fr;/.test(outside)).toBe(true);
    const media = /@media\s*\(min-width:\s*(\d+)rem\)\s*\{([\s\S]*?\.nttp-likert__scale[\s\S]*?)\}\s*\}/.exec(css);
    expect(media).not.toBeNull();
    // 375 px is 23.4rem: well under the breakpoint.
    expect(Number(media![1])).toBeGreaterThanOrEqual(40);
    expect(media![2]).toMatch(/repeat\(auto-fit/);
  });
});
