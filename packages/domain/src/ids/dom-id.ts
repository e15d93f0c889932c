// Ids come from other systems (`Q1`, `P_001`, UUIDs, "Team A / 2025"), so they cannot be used as HTML or
// SVG ids as they are: spaces, slashes and quotes break `id`, `href="#…"`, `url(#…)` and CSS selectors.
// toSafeDomId keeps an id that is already safe and otherwise derives a readable one with a hash of the
// original, so two different ids never share a DOM id. No zod here: the reference entry stays zod-free.

/** The longest id the schemas accept. */
export const ID_MAX_LENGTH = 200;

/** Printable text on one line: no control characters, line or paragraph separators. */
export const PRINTABLE_ID = /^[^\p{Cc}\u2028\u2029]+$/u;

/** Already safe everywhere: a letter, then letters, digits and underscores in groups joined by single hyphens. */
const SAFE = /^[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*$/;
const READABLE_PART = 48;

/**
 * A DOM id for `id` that is safe in `id="…"`, `href="#…"`, `url(#…)` and CSS selectors without escaping.
 * Ids that are already safe (and at most 64 characters) come back unchanged; any other id becomes its
 * letters and digits joined by single hyphens, then `--` and a hash of the whole id. An unchanged id never
 * holds `--`, so an unchanged id and a derived one cannot meet, and different ids get different hashes.
 * `prefix` (itself safe, such as "toc-node") namespaces ids on a page that holds several diagrams.
 */
export function toSafeDomId(id: string, prefix?: string): string {
  const body = SAFE.test(id) && id.length <= 64 ? id : derive(id);
  return prefix ? `${prefix}-${body}` : body;
}

function derive(id: string): string {
  const readable = id
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_]+/g, '-')
    .replace(/^[^A-Za-z]+/, '')
    .slice(0, READABLE_PART)
    .replace(/-+$/, '');
  return `${readable || 'id'}--${hash(id)}`;
}

/** cyrb53: a fast 53-bit string hash, written in base 36 (up to 11 characters). */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
