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

function minOf(a: Float64Array, from: number, to: number): number {
  let m = Infinity;
  for (let i = from; i <= to; i++) if (a[i]! < m) m = a[i]!;
  return m;
}

/**
 * The quartiles and median by R's type 7 rule, using three selections on nested ranges (the median
 * first, then each quartile within its half), so no full sort is needed. `a` is rearranged.
 */
function quartiles(a: Float64Array): [number, number, number] {
  const last = a.length - 1;
  const at = (p: number) => {
    const h = last * p;
    return [Math.floor(h), h - Math.floor(h)] as const;
  };
  const [m, mf] = at(0.5);
  const median0 = select(a, m);
  const afterMedian = m < last ? minOf(a, m + 1, last) : median0;
  const medianNext = mf ? afterMedian : median0;
  const [l, lf] = at(0.25);
  const q1Low = select(a, l, 0, m);
  const q1Next = lf ? (l + 1 <= m ? minOf(a, l + 1, m) : afterMedian) : q1Low;
  const [u, uf] = at(0.75);
  const q3Low = select(a, u, m, last);
  const q3Next = uf ? minOf(a, u + 1, last) : q3Low;
  return [q1Low + lf * (q1Next - q1Low), median0 + mf * (medianNext - median0), q3Low + uf * (q3Next - q3Low)];
}

const TABLE = 2048;
const MAX_DISTINCT = 1024;

/** The distinct values of a column and how often each occurs, kept by `countDistinct`. */
interface Counted {
  keys: Float64Array;
  counts: Int32Array;
  /** Slots in use, in the order first seen. */
  used: Int32Array;
  distinct: number;
}

/** n, sum, min and max of the finite values (NaN marks a withheld score). */
function totalsOf(values: ArrayLike<number>): Totals {
  let n = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    n++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { n, sum, min, max };
}

interface Totals {
  n: number;
  sum: number;
  min: number;
  max: number;
}

/**
 * One pass over the values for the common case of few distinct ones (group scores are means of a few
 * points on a scale): n, sum, min and max, and each distinct value's count in a small hash table.
 * Returns null when there are too many distinct values (or they hash badly), and selection is used.
 */
function countDistinct(values: ArrayLike<number>): (Counted & Totals) | null {
  const keys = new Float64Array(TABLE).fill(NaN);
  const counts = new Int32Array(TABLE);
  const used = new Int32Array(MAX_DISTINCT);
  let distinct = 0;
  let n = 0;
  let sum = 0;
  // A long probe run means the hash spreads these values badly: selection is then quicker.
  let probes = 0;
  const probeLimit = 8 * values.length + 1024;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]! + 0;
    if (v !== v) continue;
    n++;
    sum += v;
    // Scaling then truncating is a cheap hash that spreads the fractions scores take; collisions only cost a probe.
    let slot = Math.imul((v * 40503.0713) | 0, 0x9e3779b1) >>> 21;
    let k = keys[slot]!;
    while (k !== v) {
      if (k !== k) {
        if (distinct === MAX_DISTINCT) return null;
        used[distinct++] = slot;
        keys[slot] = v;
        break;
      }
      slot = (slot + 1) & (TABLE - 1);
      k = keys[slot]!;
      if (++probes > probeLimit) return null;
    }
    counts[slot]!++;
  }
  // Min and max come from the distinct values: tracking them in the loop above doubles its time.
  let min = Infinity;
  let max = -Infinity;
  for (let d = 0; d < distinct; d++) {
    const v = keys[used[d]!]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { keys, counts, used, distinct, n, sum, min, max };
}

/** R's type 7 quartiles and the sum of squared deviations, from the counted distinct values. */
function fromCounts(t: Counted, n: number, mean: number): { q: [number, number, number]; ss: number } {
  const { keys, counts } = t;
  const order = Array.from(t.used.subarray(0, t.distinct)).sort((a, b) => keys[a]! - keys[b]!);
  let ss = 0;
  for (const slot of order) ss += counts[slot]! * (keys[slot]! - mean) ** 2;
  const last = n - 1;
  const value = (rank: number) => {
    let seen = 0;
    for (const slot of order) {
      seen += counts[slot]!;
      if (rank < seen) return keys[slot]!;
    }
    return keys[order[order.length - 1]!]!;
  };
  const at = (p: number) => {
    const h = last * p;
    const lo = Math.floor(h);
    const low = value(lo);
    return h === lo ? low : low + (h - lo) * (value(lo + 1) - low);
  };
  return { q: [at(0.25), at(0.5), at(0.75)], ss };
}

/** Summarises the finite values in `values` (NaN marks a withheld score); `scratch`, if given, is reused as working space. */
export function summarise(values: ArrayLike<number>, scratch?: Float64Array): Summary {
  const counted = countDistinct(values);
  const { n, sum, min, max } = counted ?? totalsOf(values);
  if (n === 0) return { n, mean: null, median: null, sd: null, min: null, max: null, q1: null, q3: null };
  const mean = sum / n;
  let ss: number;
  let q: [number, number, number];
  if (counted) ({ q, ss } = fromCounts(counted, n, mean));
  else {
    const all = scratch && scratch.length >= values.length ? scratch : new Float64Array(values.length);
    let m = 0;
    ss = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v === v) {
        all[m++] = v;
        ss += (v - mean) ** 2;
      }
    }
    q = quartiles(all.subarray(0, m));
  }
  const [q1, median, q3] = q;
  return { n, mean, median, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : null, min, max, q1, q3 };
}
