/**
 * Turns a file into checkable prose without moving anything: code, markup and URLs are blanked with
 * spaces (line breaks kept), so an offset in the result is the same offset in the file. Boundaries
 * between blocks become a full stop, so phrases never run from one element into the next.
 */
export type InputFormat = 'markdown' | 'html' | 'json' | 'text';

export function formatFromPath(path: string): InputFormat {
  const lower = path.toLowerCase();
  if (/\.(md|mdx|markdown)$/.test(lower)) return 'markdown';
  if (/\.(html?|xhtml|vue|svelte)$/.test(lower)) return 'html';
  if (/\.json$/.test(lower)) return 'json';
  return 'text';
}

const READABLE_ATTRIBUTES = /\b(alt|title|aria-label|aria-description|aria-placeholder|placeholder|label|summary)\s*=\s*("([^"]*)"|'([^']*)')/gi;
const BLOCK_TAGS = /^<\/?(p|div|li|ul|ol|h[1-6]|td|th|tr|table|br|hr|section|article|header|footer|nav|aside|main|blockquote|option|button|label|title|dt|dd|figcaption|caption|summary|details|form|fieldset|legend|body|head|html)\b/i;

function blank(chars: string[], from: number, to: number, boundary = false): void {
  for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
  if (boundary && to > from && chars[from] !== '\n') chars[from] = '.';
}

function blankPattern(chars: string[], source: string, pattern: RegExp, boundary = false): void {
  for (const match of source.matchAll(pattern)) blank(chars, match.index, match.index + match[0].length, boundary);
}

/** Blanks tags (keeping the values of attributes people read) and script or style contents. */
function blankMarkup(chars: string[], source: string): void {
  blankPattern(chars, source, /<!--[\s\S]*?-->/g, true);
  blankPattern(chars, source, /<(script|style|code|pre)\b[\s\S]*?<\/\1\s*>/gi, true);
  for (const match of source.matchAll(/<\/?[A-Za-z][^<>]*>/g)) {
    const tag = match[0];
    // Skip tags already blanked as part of a script, style or code block.
    if (chars[match.index] === ' ' || chars[match.index] === '.') continue;
    blank(chars, match.index, match.index + tag.length, BLOCK_TAGS.test(tag));
    if (BLOCK_TAGS.test(tag)) chars[match.index] = '.';
    for (const attribute of tag.matchAll(READABLE_ATTRIBUTES)) {
      const value = attribute[3] ?? attribute[4] ?? '';
      const valueStart = match.index + (attribute.index as number) + attribute[0].length - value.length - 1;
      for (let i = 0; i < value.length; i++) chars[valueStart + i] = source.charAt(valueStart + i);
      // Each attribute is its own sentence.
      if (valueStart + value.length < chars.length) chars[valueStart + value.length] = '.';
    }
  }
  blankPattern(chars, source, /&(#\d+|#x[\da-f]+|[a-z]+);/gi);
}

function extractMarkdown(source: string): string {
  const chars = source.split('');
  // Fenced code blocks, front matter delimiters, MDX import/export lines, inline code and URLs.
  blankPattern(chars, source, /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, true);
  blankPattern(chars, source, /^(import|export)\s[^\n]*$/gm, true);
  blankPattern(chars, source, /(`+)[^\n]*?\1/g);
  blankPattern(chars, source, /\]\([^)\s]*(\s+"[^"]*")?\)/g);
  blankPattern(chars, source, /\bhttps?:\/\/[^\s)>\]]+/g);
  blankPattern(chars, source, /\{[^{}\n]*\}/g);
  blankMarkup(chars, source);
  return chars.join('');
}

function extractHtml(source: string): string {
  const chars = source.split('');
  blankMarkup(chars, source);
  blankPattern(chars, source, /\bhttps?:\/\/[^\s"'<>]+/g);
  return chars.join('');
}

/** Keeps JSON string values (not keys), blanking escapes; each value is its own sentence. */
function extractJson(source: string): string {
  const chars: string[] = source.split('').map((char) => (char === '\n' ? '\n' : ' '));
  let i = 0;
  while (i < source.length) {
    if (source[i] !== '"') {
      i++;
      continue;
    }
    const start = i + 1;
    let j = start;
    while (j < source.length && source[j] !== '"') j += source[j] === '\\' ? 2 : 1;
    let k = j + 1;
    while (k < source.length && /\s/.test(source[k] as string)) k++;
    const isKey = source[k] === ':';
    if (!isKey) {
      for (let p = start; p < j; p++) {
        if (source[p] === '\\') {
          const skip = source[p + 1] === 'u' ? 6 : 2;
          p += skip - 1;
          continue;
        }
        chars[p] = source[p] as string;
      }
      if (j < source.length) chars[j] = '.';
    }
    i = j + 1;
  }
  return chars.join('');
}

export function extractText(source: string, format: InputFormat): string {
  switch (format) {
    case 'markdown':
      return applyDirectives(source, extractMarkdown(source));
    case 'html':
      return applyDirectives(source, extractHtml(source));
    case 'json':
      return extractJson(source);
    default:
      return applyDirectives(source, source);
  }
}

/**
 * Comments that switch checking off, for glossaries and quotations that must keep the words:
 * `nttp-language-disable-next-line`, and `nttp-language-disable` … `nttp-language-enable`
 * (in an HTML or Markdown comment, or on a line of its own in plain text).
 */
const DIRECTIVE = /nttp-language-(disable-next-line|disable|enable)\b/g;

function applyDirectives(source: string, text: string): string {
  if (!source.includes('nttp-language-')) return text;
  const chars = text.split('');
  let disabledFrom = -1;
  for (const match of source.matchAll(DIRECTIVE)) {
    const kind = match[1];
    const lineEnd = source.indexOf('\n', match.index);
    if (kind === 'disable-next-line') {
      if (lineEnd < 0) continue;
      const nextEnd = source.indexOf('\n', lineEnd + 1);
      blank(chars, lineEnd + 1, nextEnd < 0 ? source.length : nextEnd);
    } else if (kind === 'disable') {
      if (disabledFrom < 0) disabledFrom = match.index;
    } else if (disabledFrom >= 0) {
      blank(chars, disabledFrom, match.index);
      disabledFrom = -1;
    }
  }
  if (disabledFrom >= 0) blank(chars, disabledFrom, source.length);
  return chars.join('');
}

/** 1-based line and column of an offset. `lineStarts` comes from `lineStartsOf`. */
export function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function positionOf(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] as number) + 1 };
}
