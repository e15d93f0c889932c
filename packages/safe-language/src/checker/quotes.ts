/**
 * Quoted spans in a text, in double marks ("…", “…”) and in single marks ('…', ‘…’), as British writing
 * uses both. A single mark is also an apostrophe ("don't", "Scotland's", "users' views"), so a single
 * quote is only taken to open where a quotation can start (after a space or an opening bracket, before a
 * letter) and to close where one can end (after a word or punctuation, before a space, punctuation or the
 * end). A plural possessive ("users' views") with no opening mark before it stays a possessive.
 *
 * A short quoted span with no sentence punctuation inside ('drug users', “former drug abuser”) names words
 * rather than using them: a *mention*, which the checker leaves alone. A longer one is quoted speech, whose
 * findings drop to `info` (the person's own words are theirs to keep).
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
  /** Names words rather than quoting speech. */
  mention: boolean;
}

export interface QuoteSpans {
  /** The innermost span holding [start, end), or undefined. */
  around(start: number, end: number): QuoteSpan | undefined;
  /** Whether `offset` is a closing single mark (so a trailing apostrophe there is not a possessive). */
  closesAt(offset: number): boolean;
}

/** Quoted speech runs up to a paragraph: a stray mark (5" screen) must not swallow a whole document. */
const MAX_QUOTE = 600;
/** A mention is a few words: 'drug users', 'former drug abuser', 'people who use drugs'. */
const MAX_MENTION_WORDS = 6;
/** Up to this many words in quotes are taken as named words whatever surrounds them. */
const SHORT_MENTION_WORDS = 3;

const DOUBLE_OPEN = new Set([0x22, 0x201c, 0x00ab]);
const DOUBLE_CLOSE = new Set([0x22, 0x201d, 0x00bb]);
const SINGLE_OPEN = new Set([0x27, 0x2018]);
const SINGLE_CLOSE = new Set([0x27, 0x2019]);
/** What may stand before an opening mark: nothing, a space, or an opening bracket or dash. */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/"\u201c:]/;
const LETTER = /[\p{L}\p{N}]/u;

function isLetter(text: string, at: number): boolean {
  return at >= 0 && at < text.length && LETTER.test(text.charAt(at));
}

function canOpenSingle(text: string, at: number): boolean {
  return (at === 0 || BEFORE_OPEN.test(text.charAt(at - 1))) && isLetter(text, at + 1);
}

function canCloseSingle(text: string, at: number): boolean {
  if (at === 0 || /\s/.test(text.charAt(at - 1))) return false;
  return at + 1 >= text.length || !isLetter(text, at + 1);
}

/** Words before a quotation that introduce words rather than speech: "the term '…'", "rather than '…'". */
const MENTION_CUE_BEFORE = /\b(?:word|words|term|terms|phrase|phrases|label|labels|say|saying|like|as|call|calling|called|than|or|and|avoid|avoiding|using|use|of)\s*$/i;
/** …and after it: "'…' rather than", "'…' or '…'". */
const MENTION_CUE_AFTER = /^\s*(?:rather than|instead|or\b|and\b|,\s*['\u2018"\u201c])/i;

function isMentionLike(text: string, open: number, close: number): boolean {
  // Punctuation just inside the closing mark ('addicts.') is the American habit: allow it there only.
  const inner = text.slice(open + 1, close).replace(/[.,;:!?]+$/, '');
  if (/[.,;:!?\n]/.test(inner)) return false;
  const words = inner.trim().split(/\s+/).filter(Boolean).length;
  if (words === 0 || words > MAX_MENTION_WORDS) return false;
  // A few words are named, not said; a longer span is named only when the words around it say so.
  if (words <= SHORT_MENTION_WORDS) return true;
  return MENTION_CUE_BEFORE.test(text.slice(Math.max(0, open - 20), open)) || MENTION_CUE_AFTER.test(text.slice(close + 1, close + 20));
}

export function findQuotes(text: string): QuoteSpans {
  const spans: QuoteSpan[] = [];
  const singleCloses = new Set<number>();
  let doubleOpen = -1;
  let singleOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a && text.charCodeAt(i + 1) === 0x0a) {
      // A blank line ends any quotation left open.
      doubleOpen = -1;
      singleOpen = -1;
      continue;
    }
    if (doubleOpen >= 0 && DOUBLE_CLOSE.has(c) && c !== 0x201c) {
      if (i - doubleOpen <= MAX_QUOTE) spans.push({ open: doubleOpen, close: i, mention: isMentionLike(text, doubleOpen, i) });
      doubleOpen = -1;
      continue;
    }
    if (doubleOpen < 0 && DOUBLE_OPEN.has(c) && c !== 0x201d) {
      doubleOpen = i;
      continue;
    }
    if (singleOpen >= 0 && SINGLE_CLOSE.has(c) && c !== 0x2018 && canCloseSingle(text, i)) {
      if (i - singleOpen <= MAX_QUOTE) {
        spans.push({ open: singleOpen, close: i, mention: isMentionLike(text, singleOpen, i) });
        singleCloses.add(i);
      }
      singleOpen = -1;
      continue;
    }
    if (singleOpen < 0 && SINGLE_OPEN.has(c) && c !== 0x2019 && canOpenSingle(text, i)) singleOpen = i;
    else if (singleOpen < 0 && c === 0x2018) singleOpen = i;
  }
  // Spans of one kind never overlap, so each kind, sorted by opening, is searched on its own; the
  // innermost of the (at most two) spans found holds the match.
  const byKind = [spans.filter((span) => isSingle(text, span)), spans.filter((span) => !isSingle(text, span))];
  for (const list of byKind) list.sort((a, b) => a.open - b.open);
  return {
    around(start, end) {
      let best: QuoteSpan | undefined;
      for (const list of byKind) {
        const span = lastOpeningBefore(list, start);
        if (span && span.close >= end && (!best || span.open > best.open)) best = span;
      }
      return best;
    },
    closesAt: (offset) => singleCloses.has(offset),
  };
}

function isSingle(text: string, span: QuoteSpan): boolean {
  return SINGLE_OPEN.has(text.charCodeAt(span.open));
}

/** Binary search: the last span opening before `start`. */
function lastOpeningBefore(list: readonly QuoteSpan[], start: number): QuoteSpan | undefined {
  let lo = 0;
  let hi = list.length - 1;
  let found: QuoteSpan | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = list[mid] as QuoteSpan;
    if (span.open < start) {
      found = span;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
