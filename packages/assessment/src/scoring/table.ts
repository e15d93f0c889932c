import { z } from 'zod/v4';
import { fromZod, issue, ScoringError, type AssessmentIssue } from '../errors';
import type { Compiled } from '../instrument/compile';
import { classifyValue, type AnswerSlots } from './classify';
import { ExternalIdSchema, isPrintableId } from './identity';

/**
 * A group's answers as a table, the way a spreadsheet or a survey export holds them: one column per
 * item, one row per person. Scoring a table gives the same report as scoring the same answers as a
 * list of responses, without building an object per person first.
 */
export const ResponseTableSchema = z.strictObject(
  {
    /** The item each column holds, by id. Columns for items the instrument does not have are left aside. */
    itemIds: z.array(ExternalIdSchema, { error: 'itemIds lists the item id of each column, such as ["leadership-1", "leadership-2"].' }),
    /** One row per person: for each column, a number on the item's scale, one of the instrument's codes, or null. */
    rows: z.array(z.array(z.union([z.number(), z.string(), z.null()]), { error: 'Each row is a list with one answer per column (null when there is none).' }), {
      error: 'rows is a list of rows, one per person.',
    }),
    /**
     * Who each row is, by respondent id (any printable id, such as a forms tool's response id). Without
     * it, rows are nobody in particular: compareRounds then compares the rounds as independent groups.
     */
    respondentIds: z.array(ExternalIdSchema, { error: 'respondentIds lists one id per row, such as ["P_001", "P_002"].' }).optional(),
  },
  { error: 'Expected a table of answers: { itemIds, rows, respondentIds? }.' },
);
export type ResponseTable = z.input<typeof ResponseTableSchema>;

const TABLE_KEYS = new Set(['itemIds', 'rows', 'respondentIds']);

/** Whether `value` looks like a table rather than a list of responses (it is checked afterwards). */
export function isTable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'rows' in value;
}

/** A checked table, ready to be read a row at a time. */
export interface TableSource {
  rows: unknown[];
  /** `column[j]` is the instrument's index of column j's item, or -1 when it has none. */
  column: Int32Array;
  /** The instrument's items that have no column (so no answers). */
  missingItems: number[];
  /** Column ids that are not items of the instrument (their answers are left aside). */
  unknownColumns: string[];
  /** Row r's respondent id; null when the table gives none (rows are then never matched to anyone). */
  respondentId: ((r: number) => string) | null;
  /** The rows of the block being read, and a row of nulls to stand in for a row of the wrong shape. */
  block: unknown[][];
  empty: unknown[];
}

/** Checks the table's outline: its item ids (each once), its rows and the respondent ids. Rows are read later. */
export function openTable(c: Compiled, value: unknown, prefix: (string | number)[]): TableSource {
  const t = value as Record<string, unknown>;
  const quick =
    Object.keys(t).every((key) => TABLE_KEYS.has(key)) &&
    Array.isArray(t.itemIds) &&
    t.itemIds.every(isPrintableId) &&
    Array.isArray(t.rows) &&
    (t.respondentIds === undefined || (Array.isArray(t.respondentIds) && t.respondentIds.every(isPrintableId)));
  if (!quick) {
    // The schema names every problem (it reads every row, which is fine when something needs fixing).
    const parsed = ResponseTableSchema.safeParse(value);
    if (!parsed.success) throw new ScoringError(fromZod(parsed.error, prefix), 'table of answers');
  }
  const itemIds = t.itemIds as string[];
  const rows = t.rows as unknown[];
  const respondentIds = t.respondentIds as string[] | undefined;
  const issues: AssessmentIssue[] = [];
  const seen = new Map<string, number>();
  itemIds.forEach((id, j) => {
    const before = seen.get(id);
    if (before !== undefined) issues.push(issue([...prefix, 'itemIds', j], 'duplicate-id', `"${id}" is already the item of column ${before + 1}. Each item has one column.`));
    else seen.set(id, j);
  });
  if (respondentIds && respondentIds.length !== rows.length)
    issues.push(issue([...prefix, 'respondentIds'], 'length-mismatch', `There are ${respondentIds.length} respondent ids for ${rows.length} rows. Give one id per row, or leave respondentIds out.`));
  if (issues.length) throw new ScoringError(issues, 'table of answers');
  const column = Int32Array.from(itemIds, (id) => c.itemIndex.get(id) ?? -1);
  return {
    rows,
    column,
    missingItems: c.items.flatMap((item) => (seen.has(item.id) ? [] : [item.index])),
    unknownColumns: itemIds.filter((id) => !c.itemIndex.has(id)),
    respondentId: respondentIds ? (r) => respondentIds[r]! : null,
    block: [],
    empty: new Array<null>(itemIds.length).fill(null),
  };
}

/**
 * Reads rows `from` to `from + count − 1` into the block behind `out` (whose slots the caller has
 * marked not answered; row `from + q` goes to slot q), adding any problems to `issues`. Returns how
 * many of the rows answered a column that is not an item of the instrument. `done(i)` is called as
 * each item's column is finished, while its answers are still in the processor's cache.
 */
export function readTableRows(c: Compiled, table: TableSource, from: number, count: number, out: AnswerSlots, issues: AssessmentIssue[], prefix: (string | number)[], done: (index: number) => void): number {
  const { rows, column } = table;
  const { lowest, highest, plainPoints, flip } = c.quick;
  const { keyed, stride } = out;
  const width = column.length;
  const found: AssessmentIssue[] = [];
  // The block's rows, checked for shape first; a row of the wrong shape is read as a row of nulls.
  const block = table.block;
  for (let q = 0; q < count; q++) {
    const r = from + q;
    const row = rows[r];
    if (Array.isArray(row) && row.length === width) block[q] = row as unknown[];
    else {
      block[q] = table.empty;
      const got = Array.isArray(row) ? `has ${row.length} answer${row.length === 1 ? '' : 's'}` : 'is not a list';
      found.push(issue([...prefix, 'rows', r], 'row-length', `This row ${got}; the table has ${width} columns. Give one answer per column, with null where there is none.`));
    }
  }
  const strange = new Uint8Array(count);
  // Column by column: the column's checks stay in registers while its answers are read.
  for (let j = 0; j < width; j++) {
    const index = column[j]!;
    const plain = index >= 0 && plainPoints[index] === 1;
    const lo = plain ? lowest[index]! : NaN;
    const hi = plain ? highest[index]! : NaN;
    const f = plain ? flip[index]! : NaN;
    const shift = f === f ? f : 0;
    const sign = f === f ? -1 : 1;
    const base = Math.max(index, 0) * stride;
    for (let q = 0; q < count; q++) {
      const v: unknown = block[q]![j];
      // The common answer, a whole number on a whole-number scale, is written here; the rest is judged below.
      if (typeof v === 'number' && v >= lo && v <= hi && Math.floor(v) === v) {
        keyed[base + q] = shift + sign * v;
        continue;
      }
      if (v === null || v === undefined) continue;
      if (index < 0) {
        strange[q] = 1;
        continue;
      }
      out.at = q;
      const problem = classifyValue(c, index, v, out);
      if (problem) found.push(issue([...prefix, 'rows', from + q, j], problem.code, `Column ${j + 1}: ${problem.message}`));
    }
    if (index >= 0) done(index);
  }
  let unknown = 0;
  for (let q = 0; q < count; q++) unknown += strange[q]!;
  // Read column by column, reported row by row: the order people read the table in.
  const place = (i: AssessmentIssue) => (i.path[prefix.length + 1] as number) * (width + 1) + ((i.path[prefix.length + 2] as number | undefined) ?? -1);
  issues.push(...found.sort((x, y) => place(x) - place(y)));
  return unknown;
}
