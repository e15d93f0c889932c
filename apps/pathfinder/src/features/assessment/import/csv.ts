// A careful CSV reader and writer for spreadsheets exported from forms tools (RFC 4180 plus what real
// exports do: a UTF-8 byte-order mark, Windows or old Mac line ends, semicolons from some locales).

export type Separator = ',' | ';' | '\t';

export interface CsvTable {
  /** Every row, cells as text; trailing columns that are empty in every row are dropped. */
  rows: string[][];
  separator: Separator;
}

const SEPARATORS: readonly Separator[] = [',', ';', '\t'];

/** Counts each separator outside quotes on the first line, so a comma inside a quoted heading does not count. */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Separator)) counts.set(ch as Separator, counts.get(ch as Separator)! + 1);
  }
  let best: Separator = ',';
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

/** Reads CSV text into rows of cells. Never throws: a quote left open runs to the end of the text, as spreadsheets do. */
export function parseCsv(input: string, separator: Separator = detectSeparator(input.replace(/^\uFEFF/, ''))): CsvTable {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) endCell();
    else if (ch === '\r') {
      endRow();
      if (text[i + 1] === '\n') i += 1;
    } else if (ch === '\n') endRow();
    else cell += ch;
    i += 1;
  }
  if (cell !== '' || row.length > 0 || quoted) endRow();
  return { rows: trimTable(rows), separator };
}

/** Drops rows with nothing in them and columns that are empty in every row at the right-hand end. */
export function trimTable(rows: string[][]): string[][] {
  const kept = rows.filter((r) => r.some((c) => c.trim() !== ''));
  let width = 0;
  for (const r of kept) for (let c = r.length - 1; c >= width; c--) if (r[c]!.trim() !== '') width = c + 1;
  return kept.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
}

/** Writes rows as CSV with Windows line ends (what spreadsheets expect), quoting only where needed. */
export function toCsv(rows: readonly (readonly string[])[], separator: Separator = ','): string {
  const quote = (cell: string) => (/["\r\n]/.test(cell) || cell.includes(separator) || /^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return rows.map((r) => r.map(quote).join(separator)).join('\r\n') + '\r\n';
}
