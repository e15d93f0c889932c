// Parses the shipped token CSS and checks what the design system promises: every token exists, every
// colour pair meets its contrast ratio in both themes, dark mode follows the system setting, reduced
// motion stops movement, and the built stylesheet holds every component's CSS.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildStyles, componentStylesheets, readFoundation } from './build-styles';

const tokensCss = readFoundation('tokens.css');

/** The declarations of the first rule whose prelude (with whitespace squeezed) equals `prelude`. */
function block(css: string, prelude: string): Record<string, string> {
  const squeezed = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');
  const start = squeezed.indexOf(`${prelude} {`);
  if (start < 0) throw new Error(`No rule "${prelude}" in tokens.css`);
  const body = squeezed.slice(start + prelude.length + 2, squeezed.indexOf('}', start));
  const out: Record<string, string> = {};
  for (const declaration of body.split(';')) {
    const match = /^\s*(--[\w-]+)\s*:\s*(.+?)\s*$/.exec(declaration);
    if (match) out[match[1]!] = match[2]!;
  }
  return out;
}

function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const channels = [value >> 16, (value >> 8) & 255, value & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const REQUIRED_TOKENS = [
  ...['text', 'text-secondary', 'background', 'surface', 'border', 'primary', 'primary-text', 'focus', 'focus-text', 'error', 'success', 'info', 'warning-surface'].map((c) => `--nttp-color-${c}`),
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `--nttp-space-${n}`),
  '--nttp-font-family',
  ...['s', 'm', 'l', 'xl', 'xxl'].map((s) => `--nttp-font-size-${s}`),
  '--nttp-line-height',
  '--nttp-radius',
  '--nttp-focus-ring',
  '--nttp-motion-duration',
  '--nttp-target-min',
];

/** Text colours and the surfaces they sit on: each pair needs 4.5:1 (WCAG 1.4.3). */
const TEXT_PAIRS: [string, string][] = [
  ...['text', 'text-secondary', 'primary', 'error', 'success', 'info'].flatMap((fg): [string, string][] => [
    [fg, 'background'],
    [fg, 'surface'],
  ]),
  ['text', 'warning-surface'],
  ['primary', 'warning-surface'],
  ['primary-text', 'primary'],
  ['focus-text', 'focus'],
];

/** Boundaries that must stand out from the background at 3:1 (WCAG 1.4.11). */
const NON_TEXT_PAIRS: [string, string][] = [
  ['border', 'background'],
  ['border', 'surface'],
];

/** A theme applies on .nttp-root itself, on a root inside a themed page, and on a themed part inside a root. */
const themed = (attribute: string) => `.nttp-root[${attribute}], [${attribute}] .nttp-root, .nttp-root [${attribute}]`;
const root = block(tokensCss, '.nttp-root');
const themes = {
  light: block(tokensCss, themed("data-theme='light'")),
  dark: block(tokensCss, themed("data-theme='dark'")),
};
const colour = (theme: Record<string, string>, name: string): string => {
  const value = theme[`--nttp-color-${name}`];
  if (!value || !/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`--nttp-color-${name} should be a #rrggbb colour, found ${value}`);
  return value;
};

describe('design tokens', () => {
  it('defines every token the components use', () => {
    expect(REQUIRED_TOKENS.filter((name) => !(name in root))).toEqual([]);
  });

  it('repeats the light colours exactly under [data-theme="light"]', () => {
    const rootColours = Object.fromEntries(Object.entries(root).filter(([name]) => name.startsWith('--nttp-color-')));
    expect(themes.light).toEqual(rootColours);
  });

  it('follows the system dark setting with the same colours as [data-theme="dark"]', () => {
    expect(block(tokensCss, '@media (prefers-color-scheme: dark) { .nttp-root')).toEqual(themes.dark);
  });

  for (const [themeName, theme] of Object.entries(themes)) {
    it(`${themeName} theme: every text pair has a contrast of at least 4.5:1`, () => {
      const failing = TEXT_PAIRS.map(([fg, bg]) => ({ fg, bg, ratio: Math.round(contrast(colour(theme, fg), colour(theme, bg)) * 100) / 100 })).filter((p) => p.ratio < 4.5);
      expect(failing).toEqual([]);
    });

    it(`${themeName} theme: borders stand out at 3:1 and the focus ring at 3:1 against every surface`, () => {
      const failing = NON_TEXT_PAIRS.filter(([fg, bg]) => contrast(colour(theme, fg), colour(theme, bg)) < 3);
      expect(failing).toEqual([]);
      // The focus ring is two bands (focus, then focus-text): one of them must stand out on each surface.
      for (const surface of ['background', 'surface', 'warning-surface', 'primary']) {
        const best = Math.max(contrast(colour(theme, 'focus'), colour(theme, surface)), contrast(colour(theme, 'focus-text'), colour(theme, surface)));
        expect(best, surface).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('builds the focus ring from the focus colours', () => {
    expect(root['--nttp-focus-ring']).toContain('var(--nttp-color-focus)');
    expect(root['--nttp-focus-ring']).toContain('var(--nttp-color-focus-text)');
  });

  it('keeps targets at 44px, above the 24px minimum of WCAG 2.5.8', () => {
    expect(Number.parseFloat(root['--nttp-target-min']!)).toBeGreaterThanOrEqual(44);
  });

  it('stops motion when reduced motion is asked for, by the system or by the page', () => {
    expect(block(tokensCss, '@media (prefers-reduced-motion: reduce) { .nttp-root')['--nttp-motion-duration']).toBe('0ms');
    expect(block(tokensCss, themed("data-motion='reduce'"))['--nttp-motion-duration']).toBe('0ms');
    expect(root['--nttp-motion-duration']).not.toBe('0ms');
  });

  it('keeps the spacing and type scales in increasing order', () => {
    const rem = (name: string) => Number.parseFloat(root[name]!);
    const spaces = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => rem(`--nttp-space-${n}`));
    expect(spaces).toEqual([...spaces].sort((a, b) => a - b));
    const sizes = ['s', 'm', 'l', 'xl', 'xxl'].map((s) => rem(`--nttp-font-size-${s}`));
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(new Set(sizes).size).toBe(sizes.length);
  });
});

describe('styles.css', () => {
  const styles = buildStyles();
  const defined = new Set([...styles.matchAll(/(--nttp-[\w-]+)\s*:/g)].map((m) => m[1]));
  const componentsDir = fileURLToPath(new URL('../components', import.meta.url));

  it('contains the tokens, the base styles and every component stylesheet, in name order', () => {
    const names = componentStylesheets().map(([name]) => name);
    expect(names).toEqual([...names].sort());
    expect(names.length).toBeGreaterThan(0);
    const positions = ['tokens.css', 'base.css', ...names].map((name) => styles.indexOf(`/* ${name} */`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('imports the same files, in the same order, in the source stylesheet the workspace uses', () => {
    const source = readFileSync(fileURLToPath(new URL('../styles.css', import.meta.url)), 'utf8');
    const imported = [...source.matchAll(/@import '\.\/([^']+)';/g)].map((m) => m[1]);
    const expected = ['styles/tokens.css', 'styles/base.css', ...componentStylesheets().map(([name]) => `components/${name}/${name}.css`)];
    expect(imported).toEqual(expected);
  });

  it('gives every component folder with styles a stylesheet named after it', () => {
    const folders = readdirSync(componentsDir, { withFileTypes: true }).filter((e) => e.isDirectory());
    for (const folder of folders) {
      const css = readdirSync(join(componentsDir, folder.name)).filter((f) => f.endsWith('.css'));
      expect(css.filter((f) => f !== `${folder.name}.css`), folder.name).toEqual([]);
    }
  });

  it('prefixes every class with nttp-', () => {
    const withoutUrls = styles.replace(/url\([^)]*\)/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
    const classes = [...withoutUrls.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
    expect(classes.filter((c) => !c.startsWith('nttp-'))).toEqual([]);
  });

  it('uses only custom properties it defines, or gives a fallback', () => {
    const unknown = [...styles.matchAll(/var\((--nttp-[\w-]+)\s*\)/g)].map((m) => m[1]).filter((name) => !defined.has(name));
    // Custom properties a component sets inline from its props are declared in its TSX instead.
    const setInline = (name: string) =>
      readdirSync(componentsDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.tsx'))
        .some((f) => readFileSync(join(componentsDir, f), 'utf8').includes(`'${name}'`));
    expect([...new Set(unknown)].filter((name) => !setInline(name!))).toEqual([]);
  });

  it('uses no runtime CSS-in-JS: the shipped styles are one plain stylesheet', () => {
    expect(styles.startsWith('/*! @nttp/ui styles')).toBe(true);
    expect(styles).not.toMatch(/<style|@import/);
  });
});
