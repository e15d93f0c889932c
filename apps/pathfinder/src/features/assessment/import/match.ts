// Matches a spreadsheet's column headings to the instrument's statements by their text. Forms tools change
// headings in small ways (case, quotes, a number in front, Google's `Title [Row]`, truncation, a changed
// word), so each match carries a similarity score for the person to confirm; nothing is guessed silently.

export interface Statement {
  id: string;
  text: string;
}

/** Lower case, straight quotes, no number prefix or punctuation, single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/^\s*(?:q(?:uestion)?\s*)?\d+[a-z]?\s*[.):\-–]\s*/u, '')
    .replace(/(?:\.\.\.|…)\s*$/u, '')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The texts a heading may stand for: itself, and the row text of Google's `Question [Row text]`. */
export function headingVariants(heading: string): string[] {
  const variants = [heading];
  const grid = /\[([^\]]+)\]\s*$/.exec(heading);
  if (grid) variants.push(grid[1]!);
  return variants;
}

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const padded = ` ${text} `;
  for (let i = 0; i < padded.length - 1; i++) {
    const pair = padded.slice(i, i + 2);
    out.set(pair, (out.get(pair) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice similarity of character pairs (0 to 1). */
function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const [pair, count] of x) shared += Math.min(count, y.get(pair) ?? 0);
  return (2 * shared) / (a.length + b.length + 2);
}

/**
 * How alike a heading and a statement are, from 0 to 1: 1 for the same words, a little under 1 when one is
 * the other cut short (at least 25 characters), and Dice similarity of character pairs otherwise.
 */
export function similarity(heading: string, statement: string): number {
  const s = normaliseText(statement);
  let best = 0;
  for (const variant of headingVariants(heading)) {
    const h = normaliseText(variant);
    if (!h || !s) continue;
    if (h === s) return 1;
    const [short, long] = h.length < s.length ? [h, s] : [s, h];
    if (short.length >= 25 && long.startsWith(short)) best = Math.max(best, 0.9 + 0.09 * (short.length / long.length));
    best = Math.max(best, dice(h, s));
  }
  return Math.round(best * 1000) / 1000;
}

/** Below this a heading is not offered as a match at all. */
export const SUGGEST_FROM = 0.6;
/** From this a match is called close; below it the person is asked to check it. */
export const CLOSE_FROM = 0.9;

export interface HeadingMatch {
  column: number;
  statementId: string | null;
  score: number;
}

/**
 * Pairs each heading with at most one statement and each statement with at most one heading, best pairs
 * first, so two similar headings cannot both claim one statement.
 */
export function matchHeadings(headings: readonly string[], statements: readonly Statement[]): HeadingMatch[] {
  const pairs: { column: number; statementId: string; score: number }[] = [];
  headings.forEach((heading, column) => {
    for (const statement of statements) {
      const score = similarity(heading, statement.text);
      if (score >= SUGGEST_FROM) pairs.push({ column, statementId: statement.id, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const taken = new Set<string>();
  const result: HeadingMatch[] = headings.map((_, column) => ({ column, statementId: null, score: 0 }));
  for (const pair of pairs) {
    if (result[pair.column]!.statementId !== null || taken.has(pair.statementId)) continue;
    result[pair.column] = pair;
    taken.add(pair.statementId);
  }
  return result;
}
