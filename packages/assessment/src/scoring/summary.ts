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

// The counter's hash table: a power of two, so `& (TABLE - 1)` wraps a slot, and never more than half
// full, so probe runs stay short. Group scores rarely take more than a few hundred distinct values.
const TABLE = 2048;
const MAX_DISTINCT = 1024;

/**
 * A running count of finite values for the common case of few distinct ones (group scores are means
 * of a few points on a scale): n and the sum in the order seen, and each distinct value's count in a
 * small hash table, from which the quartiles follow without sorting. Once there are too many
 * distinct values (or they hash badly) it stops counting them (`full`), and selection is used.
 */
export interface ValueCounter {
  n: number;
  sum: number;
  keys: Float64Array;
  counts: Int32Array;
  /** Slots in use, in the order first seen. */
  used: Int32Array;
  distinct: number;
  probes: number;
  full: boolean;
}

export function newValueCounter(): ValueCounter {
  return { n: 0, sum: 0, keys: new Float64Array(TABLE).fill(NaN), counts: new Int32Array(TABLE), used: new Int32Array(MAX_DISTINCT), distinct: 0, probes: 0, full: false };
}

/** Adds the finite values of `values[from .. from + count)` to the counter (NaN is left out). */
export function countValues(t: ValueCounter, values: ArrayLike<number>, from: number, count: number): void {
  let n = t.n;
  let sum = t.sum;
  let probes = t.probes;
  const { keys, counts } = t;
  const end = from + count;
  let i = from;
  for (; i < end && !t.full; i++) {
    const v = values[i]! + 0; // -0 and 0 are one value
    if (v !== v) continue;
    n++;
    sum += v;
    // Scaling then truncating is a cheap hash that spreads the fractions scores take; collisions only cost a probe.
    let slot = Math.imul((v * 40503.0713) | 0, 0x9e3779b1) >>> 21;
    let k = keys[slot]!;
    while (k !== v) {
      if (k !== k) {
        addKey(t, slot, v);
        break;
      }
      slot = (slot + 1) & (TABLE - 1);
      k = keys[slot]!;
      probes++;
    }
    counts[slot]!++;
    // A long probe run means the hash spreads these values badly: selection is then quicker.
    if (probes > 8 * n + 1024) t.full = true;
  }
  // Once full, only n and the sum are kept.
  for (; i < end; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    n++;
    sum += v;
  }
  t.n = n;
  t.sum = sum;
  t.probes = probes;
}

function addKey(t: ValueCounter, slot: number, v: number): void {
  if (t.distinct === MAX_DISTINCT) t.full = true;
  else {
    t.used[t.distinct++] = slot;
    t.keys[slot] = v;
  }
}

/**
 * The summary of a set given as its distinct values and how often each occurs. `sum`, when known,
 * is the values' sum in the order they came (so the mean matches a plain pass); otherwise it is
 * worked out from the counts.
 */
export function summaryOfDistinct(values: ArrayLike<number>, counts: ArrayLike<number>, sum?: number): Summary {
  const order = Array.from({ length: values.length }, (_, d) => d)
    .filter((d) => counts[d]! > 0)
    .sort((x, y) => values[x]! - values[y]!);
  let n = 0;
  let total = 0;
  for (const d of order) {
    n += counts[d]!;
    total += counts[d]! * values[d]!;
  }
  if (n === 0) return EMPTY;
  const mean = (sum ?? total) / n;
  let ss = 0;
  for (const d of order) ss += counts[d]! * (values[d]! - mean) ** 2;
  const last = n - 1;
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const d of order) {
      seen += counts[d]!;
      if (rank < seen) return values[d]!;
    }
    return values[order[order.length - 1]!]!;
  };
  // R's type 7 quantile: interpolate between the values at the two ranks either side.
  const at = (p: number) => {
    const h = last * p;
    const lo = Math.floor(h);
    const low = valueAt(lo);
    return h === lo ? low : low + (h - lo) * (valueAt(lo + 1) - low);
  };
  return { n, mean, median: at(0.5), sd: n > 1 ? Math.sqrt(ss / (n - 1)) : null, min: values[order[0]!]!, max: values[order[order.length - 1]!]!, q1: at(0.25), q3: at(0.75) };
}

const EMPTY: Summary = Object.freeze({ n: 0, mean: null, median: null, sd: null, min: null, max: null, q1: null, q3: null });

/**
 * The summary of `values` (NaN marks a withheld score) from a counter that has seen exactly their
 * finite values in order; `values` is read again only when the counter was full. `scratch`, if
 * given, is reused as working space.
 */
export function summaryFromCounter(t: ValueCounter, values: ArrayLike<number>, scratch?: Float64Array): Summary {
  const { n, sum } = t;
  if (n === 0) return { ...EMPTY };
  if (!t.full) {
    const slots = t.used.subarray(0, t.distinct);
    return summaryOfDistinct(Float64Array.from(slots, (slot) => t.keys[slot]!), Int32Array.from(slots, (slot) => t.counts[slot]!), sum);
  }
  const mean = sum / n;
  const all = scratch && scratch.length >= values.length ? scratch : new Float64Array(values.length);
  let m = 0;
  let ss = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === v) {
      all[m++] = v;
      ss += (v - mean) ** 2;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const [q1, median, q3] = quartiles(all.subarray(0, m));
  return { n, mean, median, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : null, min, max, q1, q3 };
}

/**
 * The summary of scores counted by their packed sums: `histogram[s]` respondents had `a` answers
 * adding up to `total`, where s = total + a × offset, so their score was total / a.
 */
export function summaryOfPacked(histogram: Int32Array, offset: number): Summary {
  const values: number[] = [];
  const counts: number[] = [];
  for (let s = 0; s < histogram.length; s++) {
    const count = histogram[s]!;
    if (!count) continue;
    const a = Math.floor(s / offset);
    values.push((s - a * offset) / a);
    counts.push(count);
  }
  return summaryOfDistinct(values, counts);
}

/** Summarises the finite values in `values` (NaN marks a withheld score); `scratch`, if given, is reused as working space. */
export function summarise(values: ArrayLike<number>, scratch?: Float64Array): Summary {
  const t = newValueCounter();
  countValues(t, values, 0, values.length);
  return summaryFromCounter(t, values, scratch);
}
