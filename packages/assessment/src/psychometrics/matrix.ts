import { z } from 'zod';
import { issue, parseOrThrow, ScoringError } from '../errors';

/** A respondents × items table: one row per respondent, one column per item, `null` for a missing answer. */
export type DataMatrix = readonly (readonly (number | null)[])[];

const CellSchema = z.union([z.number().finite(), z.null()], {
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

/**
 * The covariance matrix using, for each pair of items, the respondents who answered both (R's
 * `cov(x, use = "pairwise")`; with no missing answers this is the ordinary covariance matrix).
 * One dense pass builds the cross-products of the centred answers (a missing answer adds nothing);
 * the few missing answers then correct each pair's count and sums.
 */
export function pairwiseCovariance(m: Columns): Float64Array {
  const { rows, cols, data } = m;
  const x = new Float64Array(rows * cols);
  const count = new Float64Array(cols);
  const missingRows: number[][] = Array.from({ length: cols }, () => []);
  for (let c = 0; c < cols; c++) {
    let sum = 0;
    let n = 0;
    for (let r = 0; r < rows; r++) {
      const v = data[c * rows + r]!;
      if (Number.isNaN(v)) missingRows[c]!.push(r);
      else {
        sum += v;
        n++;
      }
    }
    count[c] = n;
    const mean = n ? sum / n : 0;
    for (let r = 0; r < rows; r++) {
      const v = data[c * rows + r]!;
      x[c * rows + r] = Number.isNaN(v) ? 0 : v - mean;
    }
  }
  const gram = crossProducts(x, rows, cols);
  const cov = new Float64Array(cols * cols);
  for (let i = 0; i < cols; i++) {
    for (let j = i; j < cols; j++) {
      // Respondents who answered i but not j (and the reverse) leave the pair's count and sums. The
      // centred answers of everyone who answered an item sum to zero, so the pair's sums are minus
      // what the dropped respondents contributed.
      let n = count[i]!;
      let si = 0;
      let sj = 0;
      if (i !== j) {
        for (const r of missingRows[j]!) if (!Number.isNaN(data[i * rows + r]!)) { n--; si -= x[i * rows + r]!; }
        for (const r of missingRows[i]!) if (!Number.isNaN(data[j * rows + r]!)) sj -= x[j * rows + r]!;
      }
      const value = n > 1 ? (gram[i * cols + j]! - (si * sj) / n) / (n - 1) : NaN;
      cov[i * cols + j] = value;
      cov[j * cols + i] = value;
    }
  }
  return cov;
}

/** The upper triangle of XᵀX for a column-stored table, four columns at a time to reuse each load. */
function crossProducts(x: Float64Array, rows: number, cols: number): Float64Array {
  const g = new Float64Array(cols * cols);
  for (let i = 0; i < cols; i++) {
    const oi = i * rows;
    let j = i;
    for (; j + 3 < cols; j += 4) {
      const o0 = j * rows;
      const o1 = o0 + rows;
      const o2 = o1 + rows;
      const o3 = o2 + rows;
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      for (let r = 0; r < rows; r++) {
        const v = x[oi + r]!;
        a0 += v * x[o0 + r]!;
        a1 += v * x[o1 + r]!;
        a2 += v * x[o2 + r]!;
        a3 += v * x[o3 + r]!;
      }
      g[i * cols + j] = a0;
      g[i * cols + j + 1] = a1;
      g[i * cols + j + 2] = a2;
      g[i * cols + j + 3] = a3;
    }
    for (; j < cols; j++) {
      const oj = j * rows;
      let a = 0;
      for (let r = 0; r < rows; r++) a += x[oi + r]! * x[oj + r]!;
      g[i * cols + j] = a;
    }
  }
  return g;
}

/** Turns a covariance matrix into a correlation matrix (R's `cov2cor`). */
export function covToCor(cov: Float64Array, k: number): Float64Array {
  const cor = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) cor[i * k + j] = i === j ? 1 : cov[i * k + j]! / Math.sqrt(cov[i * k + i]! * cov[j * k + j]!);
  return cor;
}
