// zod mini, so that importing one statistic does not bring all of zod along (see test/size.test.ts).
import * as z from 'zod/v4-mini';
import { issue, parseOrThrow, ScoringError } from '../errors';

/** A respondents × items table: one row per respondent, one column per item, `null` for a missing answer. */
export type DataMatrix = readonly (readonly (number | null)[])[];

const CellSchema = z.union([z.number(), z.null()], {
  error: 'Each cell is a number, or null for a missing answer.',
});
export const MatrixSchema = z.array(z.array(CellSchema), {
  error: 'Expected a table: a list of rows, one per respondent, each a list of answers with null for a missing one.',
});

/**
 * A validated table stored by column in one Float64Array (NaN marks a missing answer), which keeps the
 * statistics fast on large groups.
 */
export interface Columns {
  rows: number;
  cols: number;
  /** `data[c * rows + r]` is respondent r's answer to item c, or NaN. */
  data: Float64Array;
}

/**
 * Checks a table and stores it by column. Plain rows are checked cell by cell (the common case, and
 * fast); anything unusual goes through the zod schema so every problem is named by its path.
 */
export function toColumns(input: unknown, what = 'table'): Columns {
  if (!Array.isArray(input)) parseOrThrow(MatrixSchema, input, what);
  const rowsIn = input as unknown[];
  const rows = rowsIn.length;
  const first = rowsIn[0];
  const cols = Array.isArray(first) ? first.length : 0;
  const data = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const row = rowsIn[r];
    if (!Array.isArray(row) || row.length !== cols) return rejectShape(rowsIn, cols, what);
    for (let c = 0; c < cols; c++) {
      const v: unknown = row[c];
      if (v === null) data[c * rows + r] = NaN;
      else if (typeof v === 'number' && Number.isFinite(v)) data[c * rows + r] = v;
      else return rejectShape(rowsIn, cols, what);
    }
  }
  return { rows, cols, data };
}

function rejectShape(rowsIn: unknown[], cols: number, what: string): never {
  parseOrThrow(MatrixSchema, rowsIn, what);
  const bad = rowsIn.findIndex((row) => (row as unknown[]).length !== cols);
  throw new ScoringError(
    [issue([bad], 'ragged-row', `Every row needs the same number of answers: the first row has ${cols}, this one has ${(rowsIn[bad] as unknown[]).length}. Use null for a missing answer.`)],
    what,
  );
}

/** Keeps only the respondents who answered every item (listwise deletion). */
export function completeRows(m: Columns): Columns {
  const keep: number[] = [];
  for (let r = 0; r < m.rows; r++) {
    let ok = true;
    for (let c = 0; c < m.cols && ok; c++) if (Number.isNaN(m.data[c * m.rows + r]!)) ok = false;
    if (ok) keep.push(r);
  }
  const rows = keep.length;
  const data = new Float64Array(rows * m.cols);
  for (let c = 0; c < m.cols; c++) for (let k = 0; k < rows; k++) data[c * rows + k] = m.data[c * m.rows + keep[k]!]!;
  return { rows, cols: m.cols, data };
}

/** The median of the present values (NaN when there are none). */
export function median(values: ArrayLike<number>): number {
  const present = Array.from(values).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const n = present.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 ? present[mid]! : (present[mid - 1]! + present[mid]!) / 2;
}

/** Replaces each missing answer by its item's median (R psych's `impute = "median"`). */
export function imputeMedians(m: Columns): Columns {
  const data = new Float64Array(m.data);
  for (let c = 0; c < m.cols; c++) {
    const col = data.subarray(c * m.rows, (c + 1) * m.rows);
    const med = median(col);
    for (let r = 0; r < m.rows; r++) if (Number.isNaN(col[r]!)) col[r] = med;
  }
  return { rows: m.rows, cols: m.cols, data };
}

/** Keeps the listed columns (a view, without copying, when they are consecutive). */
export function selectColumns(m: Columns, keep: readonly number[]): Columns {
  const first = keep[0] ?? 0;
  if (keep.every((c, k) => c === first + k)) return { rows: m.rows, cols: keep.length, data: m.data.subarray(first * m.rows, (first + keep.length) * m.rows) };
  const data = new Float64Array(m.rows * keep.length);
  keep.forEach((c, k) => data.set(m.data.subarray(c * m.rows, (c + 1) * m.rows), k * m.rows));
  return { rows: m.rows, cols: keep.length, data };
}

export { pairwiseCovariance, type Covariance } from './covariance';

/** Turns a covariance matrix into a correlation matrix (R's `cov2cor`). */
export function covToCor(cov: Float64Array, k: number): Float64Array {
  const cor = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) cor[i * k + j] = i === j ? 1 : cov[i * k + j]! / Math.sqrt(cov[i * k + i]! * cov[j * k + j]!);
  return cor;
}

/**
 * Whether a symmetric k × k matrix is positive semi-definite: no direction has negative variance.
 * A covariance matrix from complete answers always is (singular when there are more items than
 * people, which is allowed); one stitched together pair by pair from different respondents need not
 * be, and then alpha, r.drop and alpha-if-deleted can take values no real table could give.
 * Tested by a Cholesky factorisation of the matrix with a little added to its diagonal, so a matrix
 * that is singular, or off only by rounding, still passes.
 */
export function isPositiveSemiDefinite(a: Float64Array, k: number): boolean {
  let scale = 0;
  for (let i = 0; i < k; i++) scale = Math.max(scale, Math.abs(a[i * k + i]!));
  const ridge = scale * 1e-9;
  const l = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    let d = a[j * k + j]! + ridge;
    for (let p = 0; p < j; p++) d -= l[j * k + p]! ** 2;
    if (!(d > 0)) return false;
    const root = Math.sqrt(d);
    l[j * k + j] = root;
    for (let i = j + 1; i < k; i++) {
      let s = a[i * k + j]!;
      for (let p = 0; p < j; p++) s -= l[i * k + p]! * l[j * k + p]!;
      l[i * k + j] = s / root;
    }
  }
  return true;
}
