/**
 * Splits text into word tokens with offsets into the original text. Case, curly quotes, hyphen and dash
 * variants, and line breaks are normalised away: `Hard‑to‑reach`, `hard to\nreach` and `HARD TO REACH`
 * all give the same tokens. One pass over the text, no regular expressions over the whole input.
 */
export interface Tokens {
  /** How many tokens there are. */
  count: number;
  /** Start offset of each token in the original text. */
  start: Int32Array;
  /** End offset (exclusive) of each token, possessive ending included. */
  end: Int32Array;
  /** Sentence number of each token; phrases and context windows never cross sentences. */
  sentence: Int32Array;
  /** 1 when the token ended in a possessive (`addict's`, `addicts'`). */
  possessive: Uint8Array;
  /** The normalised text of each token (lower case, straight apostrophe, possessive removed). */
  text: string[];
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x02bc]);

function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return WORD_CHAR.test(String.fromCharCode(code));
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Characters that end a sentence for our purposes (a blank line does too). */
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x2026;
}

export function normaliseWord(raw: string): string {
  let word = raw;
  if (/[A-Z\u00c0-\uffff]/.test(word)) word = word.toLowerCase();
  if (/[\u2019\u2018\u02bc]/.test(word)) word = word.replace(/[\u2019\u2018\u02bc]/g, "'");
  return word;
}

export function tokenize(text: string): Tokens {
  const capacity = Math.max(16, (text.length >> 2) + 16);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let sentence = new Int32Array(capacity);
  let possessive = new Uint8Array(capacity);
  const words: string[] = [];
  let count = 0;
  let sentenceNo = 0;
  let newlines = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      if (isSentenceEnd(code)) {
        // A full stop inside a number or abbreviation ("e.g", "1.5") does not end a sentence.
        const next = i + 1 < length ? text.charCodeAt(i + 1) : 0x20;
        if (!isWordCode(next)) sentenceNo++;
        newlines = 0;
      } else if (code === 0x0a) {
        if (++newlines >= 2) sentenceNo++;
      } else if (code !== 0x20 && code !== 0x0d && code !== 0x09) {
        newlines = 0;
      }
      i++;
      continue;
    }
    newlines = 0;
    const from = i;
    // Track whether the word needs lower-casing or apostrophe folding, so most words need neither.
    let mixed = code < 0x61 || code > 0x7a;
    i++;
    // A word runs over letters and digits, and over an apostrophe that sits between letters.
    while (i < length) {
      const c = text.charCodeAt(i);
      if (isWordCode(c)) {
        if (c < 0x61 && c > 0x39) mixed = true;
        else if (c > 0x7a) mixed = true;
        i++;
      } else if (APOSTROPHES.has(c) && i + 1 < length && isWordCode(text.charCodeAt(i + 1))) {
        if (c !== 0x27) mixed = true;
        i += 2;
      } else break;
    }
    let to = i;
    let word = mixed ? normaliseWord(text.slice(from, to)) : text.slice(from, to);
    let owned = 0;
    if (word.length > 2 && word.charCodeAt(word.length - 2) === 0x27 && word.endsWith("'s")) {
      word = word.slice(0, -2);
      owned = 1;
    } else if (word.endsWith('s') && i < length && APOSTROPHES.has(text.charCodeAt(i)) && !isWordCode(text.charCodeAt(i + 1) || 0x20)) {
      // Plural possessive: "addicts' families".
      to = i + 1;
      i++;
      owned = 1;
    }
    if (count === start.length) {
      const grow = start.length * 2;
      start = copy(start, new Int32Array(grow));
      end = copy(end, new Int32Array(grow));
      sentence = copy(sentence, new Int32Array(grow));
      possessive = copy(possessive, new Uint8Array(grow));
    }
    start[count] = from;
    end[count] = to;
    sentence[count] = sentenceNo;
    possessive[count] = owned;
    words.push(word);
    count++;
  }
  return { count, start, end, sentence, possessive, text: words };
}

function copy<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
