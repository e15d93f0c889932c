// From a table of cells to a preview of what an import would save: which column feeds which statement,
// which columns are left aside (and why), each row's answers or the reason it is refused, and duplicates.
import type { Answer, Response } from '@nttp/domain';
import { looksLikeAnswer, normaliseAnswer, readAnswer, type ScaleInfo } from './answers';
import { classifyHeading, combineHeaderRows, hasTwoHeaderRows, type ColumnKind } from './columns';
import { matchHeadings, type Statement } from './match';

export type Cell = string | number | boolean | Date | null;

export interface ImportStatement extends Statement {
  scale: ScaleInfo;
}

export interface ColumnPlan {
  column: number;
  heading: string;
  kind: ColumnKind;
  /** The statement this column's answers go to, or null when the column is skipped. */
  statementId: string | null;
  /** The similarity of the heading to the suggested statement (0 to 1), for the person to judge. */
  score: number;
}

export interface ImportChoices {
  /** column → statement id or null (skip); overrides the suggested match. */
  mapping: Readonly<Record<number, string | null>>;
  /** Normalised answer text → the code to record, for words and numbers the import does not know. */
  answerMap: Readonly<Record<string, Answer>>;
  /** Duplicate group key → the row numbers to keep. */
  duplicateKeep: Readonly<Record<string, readonly number[]>>;
  /** Read the first two rows as headers (SurveyMonkey); undefined means as detected. */
  twoHeaderRows?: boolean;
}

export const NO_CHOICES: ImportChoices = { mapping: {}, answerMap: {}, duplicateKeep: {} };

export interface RowOutcome {
  /** The row number as the spreadsheet shows it (1 is the first header row). */
  rowNumber: number;
  answers: Record<string, Answer>;
  role?: string;
  code?: string;
  /** Why the row cannot be saved, in plain words; empty when it can. */
  problems: string[];
  /** Set when a duplicate choice leaves this row out. */
  leftOut: boolean;
}

export interface DuplicateGroup {
  key: string;
  /** Rows that look like the same person: the same email or name, or exactly the same answers. */
  rowNumbers: number[];
  why: 'same-person' | 'same-answers';
}

export interface UnknownAnswer {
  text: string;
  /** Normalised, the key for `answerMap`. */
  key: string;
  count: number;
  reason: 'unknown-word' | 'off-scale';
}

export interface ImportPreview {
  twoHeaderRows: boolean;
  columns: ColumnPlan[];
  rows: RowOutcome[];
  duplicates: DuplicateGroup[];
  unknownAnswers: UnknownAnswer[];
  /** Headings of columns that identify people: read to spot duplicates, never stored. */
  identifyingHeadings: string[];
}

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Builds the preview: nothing is saved until the person confirms it and `toResponses` is called. */
export function previewImport(table: readonly (readonly Cell[])[], statements: readonly ImportStatement[], choices: ImportChoices = NO_CHOICES): ImportPreview {
  const text = table.map((r) => r.map(cellText));
  const anyScale = statements[0]?.scale ?? { min: 1, max: 5, labels: [] };
  const detected = hasTwoHeaderRows(text, (c) => looksLikeAnswer(c, anyScale));
  const twoHeaderRows = choices.twoHeaderRows ?? detected;
  const headings = twoHeaderRows ? combineHeaderRows(text[0] ?? [], text[1] ?? []) : [...(text[0] ?? [])];
  const firstDataRow = twoHeaderRows ? 2 : 1;
  const suggested = matchHeadings(headings, statements);
  const byId = new Map(statements.map((s) => [s.id, s]));

  const columns: ColumnPlan[] = headings.map((heading, column) => {
    const kind = classifyHeading(heading);
    const chosen = column in choices.mapping ? choices.mapping[column]! : kind === 'other' ? suggested[column]!.statementId : null;
    return { column, heading, kind, statementId: chosen && byId.has(chosen) ? chosen : null, score: suggested[column]!.score };
  });

  const extra = new Map(Object.entries(choices.answerMap));
  const unknown = new Map<string, UnknownAnswer>();
  const identifying = columns.filter((c) => c.kind === 'identifying');
  const personKeyOf = new Map<number, string>();

  const rows: RowOutcome[] = text.slice(firstDataRow).map((cells, index) => {
    const rowNumber = index + firstDataRow + 1;
    const outcome: RowOutcome = { rowNumber, answers: {}, problems: [], leftOut: false };
    for (const col of columns) {
      const cell = cells[col.column] ?? '';
      if (col.kind === 'role' && cell) outcome.role = cell;
      if (col.kind === 'code' && cell) outcome.code = cell;
      if (!col.statementId) continue;
      const statement = byId.get(col.statementId)!;
      const read = readAnswer(cell, statement.scale, extra);
      if (read.ok) outcome.answers[statement.id] = read.answer;
      else {
        const key = normaliseAnswer(read.text);
        const seen = unknown.get(key) ?? { text: read.text, key, count: 0, reason: read.reason };
        seen.count += 1;
        unknown.set(key, seen);
        outcome.problems.push(
          read.reason === 'off-scale'
            ? `“${read.text}” in “${shorten(col.heading)}” is beyond this statement’s ${statement.scale.min} to ${statement.scale.max} scale. Say below what it stands for, or the row stays out.`
            : `“${read.text}” in “${shorten(col.heading)}” is not an answer we recognise. Say below what it stands for, or the row stays out.`,
        );
      }
    }
    if (Object.values(outcome.answers).every((a) => a === null) && outcome.problems.length === 0)
      outcome.problems.push('This row has no answers to any matched statement.');
    const person = identifying.map((c) => (cells[c.column] ?? '').toLowerCase()).filter((v) => v && v !== 'anonymous');
    if (person.length > 0) personKeyOf.set(rowNumber, person.join('|'));
    return outcome;
  });

  const duplicates = findDuplicates(rows, personKeyOf);
  for (const group of duplicates) {
    const keep = choices.duplicateKeep[group.key];
    if (!keep) continue;
    for (const row of rows) if (group.rowNumbers.includes(row.rowNumber) && !keep.includes(row.rowNumber)) row.leftOut = true;
  }
  return { twoHeaderRows, columns, rows, duplicates, unknownAnswers: [...unknown.values()], identifyingHeadings: identifying.map((c) => c.heading) };
}

function findDuplicates(rows: readonly RowOutcome[], personKeyOf: ReadonlyMap<number, string>): DuplicateGroup[] {
  const groupRows = (keyOf: (row: RowOutcome) => string | null) => {
    const groups = new Map<string, number[]>();
    for (const row of rows) {
      const key = keyOf(row);
      if (key !== null) groups.set(key, [...(groups.get(key) ?? []), row.rowNumber]);
    }
    return [...groups.values()].filter((rowNumbers) => rowNumbers.length > 1);
  };
  const samePerson = groupRows((row) => personKeyOf.get(row.rowNumber) ?? null);
  const inPersonGroup = new Set(samePerson.flat());
  // The same answers to three or more statements, from rows not already grouped by who sent them.
  const sameAnswers = groupRows((row) =>
    inPersonGroup.has(row.rowNumber) || Object.keys(row.answers).length < 3 ? null : JSON.stringify(Object.entries(row.answers).sort(([a], [b]) => a.localeCompare(b))),
  );
  return [
    ...samePerson.map((rowNumbers) => ({ rowNumbers, why: 'same-person' as const })),
    ...sameAnswers.map((rowNumbers) => ({ rowNumbers, why: 'same-answers' as const })),
  ].map((group, i) => ({ key: `duplicate-${i + 1}`, ...group }));
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The rows that will be saved: no problems and not left out by a duplicate choice. */
export function rowsToSave(preview: ImportPreview): RowOutcome[] {
  return preview.rows.filter((r) => r.problems.length === 0 && !r.leftOut);
}

/** Duplicate groups the person has not decided yet: the import waits for these. */
export function undecidedDuplicates(preview: ImportPreview, choices: ImportChoices): DuplicateGroup[] {
  return preview.duplicates.filter((g) => !choices.duplicateKeep[g.key]);
}

/** Responses for the rows to save, each with a pseudonymous id: `idFor(row)` never sees a name or email. */
export function toResponses(preview: ImportPreview, roundId: string, submittedOn: string, idFor: (row: RowOutcome, index: number) => string): Response[] {
  return rowsToSave(preview).map((row, index) => {
    const respondentId = idFor(row, index);
    return { id: `${roundId}-${respondentId}`, roundId, respondentId, ...(row.role ? { role: row.role } : {}), submittedOn, answers: row.answers };
  });
}
