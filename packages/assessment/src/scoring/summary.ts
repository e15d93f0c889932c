/** Summary statistics of a set of scores, without sorting all of them. */
export interface Summary {
  n: number;
  mean: number | null;
  median: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
  /** First and third quartiles (R's default, type 7). */
  q1: number | null;
  q3: number | null;
}

/** Rearranges `a[lo..hi]` so that a[k] holds the value it would hold if sorted (Hoare's selection). */
function select(a: Float64Array, k: number, lo = 0, hi = a.length - 1): number {
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

/** The p-quantile by R's type 7 rule, using selection. `a` is rearranged. */
function quantile(a: Float64Array, p: number): number {
  const h = (a.length - 1) * p;
  const lo = Math.floor(h);
  const low = select(a, lo);
  if (h === lo) return low;
  let next = Infinity;
  for (let i = lo + 1; i < a.length; i++) if (a[i]! < next) next = a[i]!;
  return low + (h - lo) * (next - low);
}

/** Summarises the finite values in `values` (NaN marks a withheld score). */
export function summarise(values: ArrayLike<number>): Summary {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) { n++; sum += v; }
  }
  if (n === 0) return { n, mean: null, median: null, sd: null, min: null, max: null, q1: null, q3: null };
  const xs = new Float64Array(n);
  let k = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) {
      xs[k++] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (xs[i]! - mean) ** 2;
  return { n, mean, median: quantile(xs, 0.5), sd: n > 1 ? Math.sqrt(ss / (n - 1)) : null, min, max, q1: quantile(xs, 0.25), q3: quantile(xs, 0.75) };
}
