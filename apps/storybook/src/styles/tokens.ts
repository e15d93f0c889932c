// Reads the design tokens as the browser sees them inside an .nttp-root, so the Styles pages always show
// what @nttp/ui/styles.css really ships, in the theme and screen size being viewed.

/** The colour tokens, with what each is for. */
export const COLOUR_TOKENS = [
  ['text', 'Body text and headings'],
  ['text-secondary', 'Hints, captions and secondary text'],
  ['background', 'The page'],
  ['surface', 'Panels, cards and answer options'],
  ['border', 'Borders of inputs and panels'],
  ['primary', 'Links and main buttons'],
  ['primary-text', 'Text on a main button'],
  ['focus', 'The focus band'],
  ['focus-text', 'Text and the edge of the focus band'],
  ['error', 'Messages about something to fix'],
  ['success', 'Messages that something is done'],
  ['info', 'Information messages'],
  ['warning-surface', 'Behind important notes'],
] as const;

/** Text colours and the surfaces they sit on: each pair must reach 4.5:1 (WCAG 1.4.3). */
export const TEXT_PAIRS: readonly [string, string][] = [
  ['text', 'background'],
  ['text', 'surface'],
  ['text-secondary', 'background'],
  ['text-secondary', 'surface'],
  ['primary', 'background'],
  ['primary-text', 'primary'],
  ['error', 'background'],
  ['success', 'background'],
  ['focus-text', 'focus'],
  ['text', 'warning-surface'],
];

export const TYPE_TOKENS = [
  ['xxl', 'Page heading (h1)'],
  ['xl', 'Section heading (h2)'],
  ['l', 'Lead paragraph and h3'],
  ['m', 'Body text and h4'],
  ['s', 'Small print and captions'],
] as const;

export const SPACE_TOKENS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** A custom property's value on `element`, trimmed. */
export function tokenValue(element: Element, name: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim();
}

function channel(value: number): number {
  const s = value / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** `#rgb` or `#rrggbb` as six hex digits (a minified stylesheet writes white as #fff). */
export function sixDigits(hex: string): string {
  const digits = hex.trim().replace('#', '');
  return digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
}

/** Relative luminance of a #rgb or #rrggbb colour (WCAG 2.x). */
export function luminance(hex: string): number {
  const value = Number.parseInt(sixDigits(hex), 16);
  return 0.2126 * channel(value >> 16) + 0.7152 * channel((value >> 8) & 255) + 0.0722 * channel(value & 255);
}

/** WCAG 2.x contrast ratio of two #rrggbb colours, such as 4.5 for 4.5:1. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
