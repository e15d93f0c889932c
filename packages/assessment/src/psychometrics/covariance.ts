import type { Columns } from './matrix';
import { scratchArray } from './scratch';

export interface Covariance {
  /** cols × cols, row-major. */
  cov: Float64Array;
  /** Respondents who answered each item. */
  count: Float64Array;
  /** Each item's mean over those respondents. */
  mean: Float64Array;
}

/** Largest exact integer sum the packed products may reach (2^26, so two fit in a double's 53 bits). */
const PACK = 2 ** 26;

/**
 * The covariance matrix using, for each pair of items, the respondents who answered both (R's
 * `cov(x, use = "pairwise")`; with no missing answers this is the ordinary covariance matrix).
 *
 * One dense pass builds the cross-products XᵀX with missing answers as 0, so each product already
 * covers exactly the respondents who answered both items; the few missing answers then correct each
 * pair's count and sums. When every answer is a small whole number from 0 up (as on a rating
 * scale), two columns are packed into one double: every product and sum is a whole number below
 * 2^26, so both halves are recovered exactly and the main pass does half the work. Otherwise
 * answers are centred on their means first.
 */
export function pairwiseCovariance(m: Columns): Covariance {
  const { rows, cols, data } = m;
  return withPrepared(rows, cols, (p) => {
    const x = p.x;
    // The same sums as `add`, kept in locals for the column (summed in the same order).
    for (let c = 0; c < cols; c++) {
      const off = c * rows;
      const missing = p.missingRows[c]!;
      let total = 0;
      let lo = p.lo;
      let hi = p.hi;
      let whole = p.whole;
      for (let r = 0; r < rows; r++) {
        const v = data[off + r]!;
        if (v !== v) {
          missing.push(r);
          continue;
        }
        x[off + r] = v;
        total += v;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
        if (whole && (v | 0) !== v) whole = false;
      }
      p.total[c] = total;
      p.count[c] = rows - missing.length;
      p.lo = lo;
      p.hi = hi;
      p.whole = whole;
    }
    return covarianceOf(p);
  });
}

/** The answers gathered for the covariance: missing ones as 0 in `x`, and listed by item in `missingRows`. */
interface Prepared {
  rows: number;
  cols: number;
  x: Float64Array;
  count: Float64Array;
  total: Float64Array;
  missingRows: number[][];
  lo: number;
  hi: number;
  whole: boolean;
}

// Working tables, reused between calls (they never leave the call that fills them).
const xScratch = scratchArray();
const packedScratch = scratchArray();

/** Runs `gather` on an empty Prepared whose table is the reusable one, and hands the table back after. */
function withPrepared<T>(rows: number, cols: number, gather: (p: Prepared) => T): T {
  const x = xScratch.take(rows * cols).fill(0);
  try {
    return gather({ rows, cols, x, count: new Float64Array(cols), total: new Float64Array(cols), missingRows: Array.from({ length: cols }, () => []), lo: Infinity, hi: -Infinity, whole: true });
  } finally {
    xScratch.release(x);
  }
}

function add(p: Prepared, c: number, at: number, v: number): void {
  p.x[at] = v;
  p.total[c]! += v;
  p.count[c]!++;
  if (v < p.lo) p.lo = v;
  if (v > p.hi) p.hi = v;
  if (p.whole && (v | 0) !== v) p.whole = false;
}

/**
 * Gathers a plain table (rows of numbers, null for missing) straight from its rows, without a
 * column copy first. Returns null at anything unusual, for the caller to check the table the slow
 * way and name the problem.
 */
export function pairwiseCovarianceOfRows(input: readonly unknown[]): Covariance | null {
  const rows = input.length;
  const first = input[0];
  const cols = Array.isArray(first) ? first.length : 0;
  return withPrepared(rows, cols, (p) => {
    for (let r = 0; r < rows; r++) {
      const row = input[r];
      if (!Array.isArray(row) || row.length !== cols) return null;
      for (let c = 0; c < cols; c++) {
        const v: unknown = row[c];
        if (v === null) p.missingRows[c]!.push(r);
        else if (typeof v === 'number' && Number.isFinite(v)) add(p, c, c * rows + r, v);
        else return null;
      }
    }
    return covarianceOf(p);
  });
}

function covarianceOf(p: Prepared): Covariance {
  const { rows, cols, x, count, total, missingRows } = p;
  const mean = Float64Array.from(count, (n, c) => (n ? total[c]! / n : NaN));
  const packable = p.whole && rows > 0 && p.lo >= 0 && p.hi * p.hi * rows < PACK;
  if (!packable) {
    // Centre each item on its mean so the cross-products stay small; missing answers stay 0.
    for (let c = 0; c < cols; c++) {
      const off = c * rows;
      const shift = count[c] ? mean[c]! : 0;
      const missing = missingRows[c]!;
      let next = 0;
      let t = 0;
      for (let r = 0; r < rows; r++) {
        if (missing[next] === r) {
          next++;
          continue;
        }
        const z = x[off + r]! - shift;
        x[off + r] = z;
        t += z;
      }
      total[c] = t;
    }
  }
  const gram = packable ? packedCrossProducts(x, rows, cols) : crossProducts(x, rows, cols);
  const { dropCount, dropSum } = dropped(x, rows, cols, missingRows);
  return { cov: covarianceFromSums({ cols, count, total, gram, dropCount, dropSum }), count, mean };
}

/**
 * Sums over respondents from which the pairwise covariances follow. Missing answers count as 0 in
 * every sum, and `drop*[j * cols + i]` is over those who answered item i but not item j.
 */
export interface PairwiseSums {
  cols: number;
  /** Respondents who answered each item. */
  count: Float64Array;
  /** Each item's sum of answers. */
  total: Float64Array;
  /** Σ xᵢ·xⱼ, upper triangle (i ≤ j) at `i * cols + j`. */
  gram: Float64Array;
  dropCount: Float64Array;
  dropSum: Float64Array;
}

/** The cols × cols pairwise covariance matrix from the sums (R's `cov(x, use = "pairwise")`). */
export function covarianceFromSums(s: PairwiseSums): Float64Array {
  const { cols, count, total, gram, dropCount, dropSum } = s;
  const cov = new Float64Array(cols * cols);
  for (let i = 0; i < cols; i++) {
    for (let j = i; j < cols; j++) {
      // The pair's count and sums: each item's, less what respondents who skipped the other item gave.
      const n = count[i]! - dropCount[j * cols + i]!;
      const si = total[i]! - dropSum[j * cols + i]!;
      const sj = total[j]! - dropSum[i * cols + j]!;
      const value = n > 1 ? (gram[i * cols + j]! - (si * sj) / n) / (n - 1) : NaN;
      cov[i * cols + j] = value;
      cov[j * cols + i] = value;
    }
  }
  return cov;
}

/**
 * For each pair (i, j): how many respondents answered i but not j, and the sum of their (shifted)
 * answers to i. Rows with a missing answer are visited in order, so every column is read as a
 * stream; a missing answer is 0 in `x`, so it adds nothing to a sum.
 */
function dropped(x: Float64Array, rows: number, cols: number, missingRows: number[][]) {
  const dropCount = new Float64Array(cols * cols);
  const dropSum = new Float64Array(cols * cols);
  // Rows with a missing answer, and which items each is missing, packed by row.
  const perRow = new Int32Array(rows + 1);
  for (const list of missingRows) for (const r of list) perRow[r + 1]!++;
  for (let r = 0; r < rows; r++) perRow[r + 1]! += perRow[r]!;
  const fill = perRow.slice(0, rows);
  const missingItems = new Int32Array(perRow[rows]!);
  missingRows.forEach((list, j) => {
    for (const r of list) missingItems[fill[r]!++] = j;
  });
  for (let r = 0; r < rows; r++) {
    const from = perRow[r]!;
    const to = perRow[r + 1]!;
    if (from === to) continue;
    for (let k = from; k < to; k++) {
      const j = missingItems[k]!;
      const base = j * cols;
      for (let i = 0; i < cols; i++) {
        dropSum[base + i]! += x[i * rows + r]!;
        dropCount[base + i]!++;
      }
      // Respondents missing both items were never counted for i: take them back out.
      for (let q = from; q < to; q++) dropCount[base + missingItems[q]!]!--;
    }
  }
  return { dropCount, dropSum };
}

/** The upper triangle of XᵀX for a column-stored table. */
function crossProducts(x: Float64Array, rows: number, cols: number): Float64Array {
  return dotProducts(x, x, rows, cols, cols, (i) => i);
}

/**
 * XᵀX for whole numbers from 0 with every cross-product sum below 2^26: columns 2p and 2p + 1 are
 * packed as z₂ₚ + z₂ₚ₊₁ · 2^26, so one multiply-add serves two entries, and both come back exactly.
 */
function packedCrossProducts(x: Float64Array, rows: number, cols: number): Float64Array {
  const pairs = Math.ceil(cols / 2);
  const packed = packedScratch.take(rows * pairs);
  for (let p = 0; p < pairs; p++) {
    const a = 2 * p * rows;
    const b = a + rows;
    const has = 2 * p + 1 < cols;
    const out = p * rows;
    for (let r = 0; r < rows; r++) packed[out + r] = x[a + r]! + (has ? x[b + r]! * PACK : 0);
  }
  const sums = dotProducts(x, packed, rows, cols, pairs, (i) => Math.floor(i / 2));
  packedScratch.release(packed);
  const g = new Float64Array(cols * cols);
  for (let i = 0; i < cols; i++)
    for (let p = Math.floor(i / 2); p < pairs; p++) {
      const t = sums[i * pairs + p]!;
      const high = Math.floor(t / PACK);
      g[i * cols + 2 * p] = t - high * PACK;
      if (2 * p + 1 < cols) g[i * cols + 2 * p + 1] = high;
    }
  return g;
}

/**
 * Σᵣ x[i][r] · y[p][r] for every column i of x and every column p of y from `first(i)` on, four
 * columns of y at a time so each load of x[i][r] serves four sums. Result is cols × yCols, row-major.
 */
function dotProducts(x: Float64Array, y: Float64Array, rows: number, cols: number, yCols: number, first: (i: number) => number): Float64Array {
  const out = new Float64Array(cols * yCols);
  for (let i = 0; i < cols; i++) {
    const oi = i * rows;
    let p = first(i);
    for (; p + 3 < yCols; p += 4) {
      const o0 = p * rows;
      const o1 = o0 + rows;
      const o2 = o1 + rows;
      const o3 = o2 + rows;
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      for (let r = 0; r < rows; r++) {
        const v = x[oi + r]!;
        a0 += v * y[o0 + r]!;
        a1 += v * y[o1 + r]!;
        a2 += v * y[o2 + r]!;
        a3 += v * y[o3 + r]!;
      }
      out[i * yCols + p] = a0;
      out[i * yCols + p + 1] = a1;
      out[i * yCols + p + 2] = a2;
      out[i * yCols + p + 3] = a3;
    }
    for (; p < yCols; p++) {
      const op = p * rows;
      let a = 0;
      for (let r = 0; r < rows; r++) a += x[oi + r]! * y[op + r]!;
      out[i * yCols + p] = a;
    }
  }
  return out;
}
