// The moves of crossing reduction on a layered graph: the shared working state, counting, layer sweeps,
// transposition and sifting. order.ts combines them into runs, restarts and the edit-stable mode.

export interface Work {
  layers: number[][];
  pos: Int32Array;
  up: number[][];
  down: number[][];
  /** Each item's lane now; a long link's dummy may change lane within [low, high]. */
  lane: Int32Array;
  low: Int32Array;
  high: Int32Array;
  key: Float64Array;
  /** Per-item scratch space for sorting keys. */
  scratch: Float64Array;
}

export function setPositions(work: Work, layer: number[]): void {
  layer.forEach((item, i) => (work.pos[item] = i));
}

let fenwick = new Int32Array(64);
let ends = new Int32Array(16);

/**
 * countLayerCrossings (Barth, Jünger & Mutzel 2004, with a Fenwick tree) on the working order, with
 * buffers kept between calls: it runs after every sweep of every restart, so it allocates nothing.
 */
function layerPairCrossings(work: Work, upper: number): number {
  const lowerSize = work.layers[upper + 1]!.length;
  if (fenwick.length < lowerSize + 1) fenwick = new Int32Array(2 * (lowerSize + 1));
  fenwick.fill(0, 0, lowerSize + 1);
  let seen = 0;
  let crossings = 0;
  for (const item of work.layers[upper]!) {
    const down = work.down[item]!;
    const count = down.length;
    if (count === 0) continue;
    if (ends.length < count) ends = new Int32Array(2 * count);
    // the lower ends in order (insertion sort: an item has few links)
    for (let i = 0; i < count; i++) {
      const value = work.pos[down[i]!]!;
      let j = i - 1;
      for (; j >= 0 && ends[j]! > value; j--) ends[j + 1] = ends[j]!;
      ends[j + 1] = value;
    }
    for (let i = 0; i < count; i++) {
      // links already placed that end below this one cross it
      let atOrBefore = 0;
      for (let k = ends[i]! + 1; k > 0; k -= k & -k) atOrBefore += fenwick[k]!;
      crossings += seen - atOrBefore;
    }
    for (let i = 0; i < count; i++) {
      for (let k = ends[i]! + 1; k <= lowerSize; k += k & -k) fenwick[k]!++;
      seen++;
    }
  }
  return crossings;
}

export function totalCrossings(work: Work): number {
  let total = 0;
  for (let l = 0; l + 1 < work.layers.length; l++) total += layerPairCrossings(work, l);
  return total;
}

/** Crossings between the links of u and of v towards one side when u is left of v. */
export function pairCrossings(work: Work, u: number, v: number, side: number[][]): number {
  const a = side[u]!;
  const b = side[v]!;
  if (a.length === 0 || b.length === 0) return 0;
  let count = 0;
  for (const x of a) {
    const px = work.pos[x]!;
    for (const y of b) if (work.pos[y]! < px) count++;
  }
  return count;
}

export function cost(work: Work, u: number, v: number): number {
  return pairCrossings(work, u, v, work.up) + pairCrossings(work, u, v, work.down);
}

/**
 * Sorts one layer by the barycentre (Sugiyama, Tagawa & Toda 1981) or the median (Eades & Wormald 1994;
 * Gansner et al. 1993) of its neighbours' places on one side, lanes first.
 */
export function sortLayer(work: Work, layer: number[], side: number[][], useMedian: boolean): void {
  const size = layer.length;
  const key = work.scratch;
  for (const item of layer) {
    const neighbours = side[item]!;
    if (neighbours.length === 0) {
      key[item] = -1;
    } else if (!useMedian || neighbours.length === 1) {
      let sum = 0;
      for (const n of neighbours) sum += work.pos[n]!;
      key[item] = sum / neighbours.length;
    } else {
      const sorted = sortedPositions(work, neighbours);
      const mid = sorted.length >> 1;
      key[item] = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    }
  }
  // Items without neighbours keep their place; the others are sorted into the remaining places.
  const movable = layer.filter((item) => key[item]! >= 0);
  movable.sort((a, b) => work.lane[a]! - work.lane[b]! || key[a]! - key[b]! || work.key[a]! - work.key[b]!);
  let next = 0;
  const result = layer.map((item) => (key[item]! < 0 ? item : movable[next++]!));
  // Keep lanes contiguous when a fixed item would split them.
  result.sort((a, b) => work.lane[a]! - work.lane[b]!);
  for (let i = 0; i < size; i++) layer[i] = result[i]!;
  setPositions(work, layer);
}

/** Transposition (Gansner et al. 1993): swaps neighbours in a layer while that lowers crossings on both sides. */
export function transpose(work: Work): void {
  let improved = true;
  for (let round = 0; improved && round < 8; round++) {
    improved = false;
    for (const layer of work.layers) {
      for (let i = 0; i + 1 < layer.length; i++) {
        const u = layer[i]!;
        const v = layer[i + 1]!;
        if (work.lane[u] !== work.lane[v]) continue;
        if (cost(work, v, u) < cost(work, u, v)) {
          layer[i] = v;
          layer[i + 1] = u;
          work.pos[v] = i;
          work.pos[u] = i + 1;
          improved = true;
        }
      }
    }
  }
}

/** Sifting (Matuszewski, Schönfeld & Molitor 1999): each item to the place in its layer and lane with the fewest crossings. */
export function sift(work: Work): void {
  for (const layer of work.layers) siftLayer(work, layer);
}

/** The pairs of equal positions found by the last sortedPairCrossings (kept here: it runs for every pair). */
let pairTies = 0;

/**
 * Crossings between two sorted lists of neighbour positions when the first item is left of the second;
 * the pairs of equal positions (links to the same item, which never cross) go to `pairTies`. One merge,
 * O(a + b).
 */
function sortedPairCrossings(a: Int32Array, b: Int32Array): number {
  let crossings = 0;
  let ties = 0;
  let below = 0; // entries of b smaller than a[i]
  let upTo = 0; // entries of b no larger than a[i]
  for (let i = 0; i < a.length; i++) {
    const value = a[i]!;
    while (below < b.length && b[below]! < value) below++;
    if (upTo < below) upTo = below;
    while (upTo < b.length && b[upTo]! <= value) upTo++;
    crossings += below;
    ties += upTo - below;
  }
  pairTies = ties;
  return crossings;
}

function sortedPositions(work: Work, items: readonly number[]): Int32Array {
  const out = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = work.pos[items[i]!]!;
  return out.sort();
}

let pairBuffer = new Int32Array(64);

/**
 * Sifting of one layer (Matuszewski, Schönfeld & Molitor 1999): each item in turn moves to the place in
 * its layer with the fewest crossings, found in one pass from the crossing counts of every ordered pair.
 * Items only move within their lane, so each lane's run of the layer is sifted on its own (crossings with
 * other lanes' items do not change). On a tie between equally good places an item stays put, or with
 * `random` wanders across the plateau, or with 'author' takes the place that best keeps the author's order.
 */
export function siftLayer(work: Work, layer: number[], tie?: (() => number) | 'author'): void {
  for (let start = 0; start < layer.length; ) {
    let end = start + 1;
    while (end < layer.length && work.lane[layer[end]!] === work.lane[layer[start]!]) end++;
    if (end - start > 1) siftRun(work, layer, start, end, tie);
    start = end;
  }
  setPositions(work, layer);
}

function siftRun(work: Work, layer: number[], start: number, end: number, tie?: (() => number) | 'author'): void {
  const random = typeof tie === 'function' ? tie : undefined;
  const size = end - start;
  const items = layer.slice(start, end);
  // crossings of every ordered pair, from the neighbours' positions (fixed while this layer moves)
  const ups = items.map((u) => sortedPositions(work, work.up[u]!));
  const downs = items.map((u) => sortedPositions(work, work.down[u]!));
  if (pairBuffer.length < size * size) pairBuffer = new Int32Array(size * size * 2);
  const pair = pairBuffer;
  pair.fill(0, 0, size * size);
  for (let i = 0; i < size; i++)
    for (let j = i + 1; j < size; j++) {
      const a = ups[i]!;
      const b = ups[j]!;
      const c = downs[i]!;
      const d = downs[j]!;
      if (a.length + c.length === 0 || b.length + d.length === 0) continue;
      const up = sortedPairCrossings(a, b);
      const upTies = pairTies;
      const down = sortedPairCrossings(c, d);
      pair[i * size + j] = up + down;
      // every pair of links either crosses one way round or the other, unless they share an end
      pair[j * size + i] = a.length * b.length + c.length * d.length - up - down - upTies - pairTies;
    }
  const key = Float64Array.from(items, (u) => work.key[u]!);
  // work on local indices; `order` is the current order of the run
  const order = items.map((_, i) => i);
  for (let iu = 0; iu < size; iu++) {
    const at = order.indexOf(iu);
    order.splice(at, 1);
    // crossings involving u when it is placed before order[i], updated one place at a time
    let current = 0;
    // places out of the author's order, for the 'author' tie-break
    let inversions = 0;
    for (const iv of order) {
      current += pair[iu * size + iv]!;
      if (key[iv]! < key[iu]!) inversions++;
    }
    let best = current;
    let bestInversions = inversions;
    let bestAt = 0;
    let ties = 1;
    for (let i = 1; i <= order.length; i++) {
      const iv = order[i - 1]!;
      current += pair[iv * size + iu]! - pair[iu * size + iv]!;
      inversions += key[iv]! > key[iu]! ? 1 : key[iv]! < key[iu]! ? -1 : 0;
      if (current > best) continue;
      if (current < best) {
        best = current;
        bestInversions = inversions;
        bestAt = i;
        ties = 1;
      } else if (tie === 'author') {
        if (inversions < bestInversions) {
          bestInversions = inversions;
          bestAt = i;
        }
      } else if (random) {
        // on a tie an item wanders across the plateau when there is a generator, and stays put otherwise
        ties++;
        if (random() * ties < 1) bestAt = i;
      } else if (i === at) bestAt = i;
    }
    order.splice(bestAt, 0, iu);
  }
  order.forEach((i, k) => (layer[start + k] = items[i]!));
}

/** An order of every layer, with the lane each item sits in (dummies move between lanes). */
export interface Snapshot {
  layers: number[][];
  lane: Int32Array;
}

export function snapshot(work: Work): Snapshot {
  return { layers: work.layers.map((layer) => [...layer]), lane: work.lane.slice() };
}

export function restore(work: Work, saved: Snapshot): void {
  work.layers = saved.layers.map((layer) => [...layer]);
  work.lane.set(saved.lane);
  for (const layer of work.layers) setPositions(work, layer);
}

/**
 * A long link that changes lane may do so at any layer it passes: each of its dummies moves to the place,
 * in any lane between the link's two ends' lanes, with the fewest crossings (sifting across lane
 * boundaries, after Matuszewski, Schönfeld & Molitor 1999; a dummy on a lane boundary lets the link run
 * along it). Lanes stay in order in every layer; on a tie a dummy stays where it is.
 */
export function siftDummies(work: Work): void {
  for (const layer of work.layers) {
    for (const dummy of [...layer]) {
      const low = work.low[dummy]!;
      const high = work.high[dummy]!;
      if (low === high) continue;
      const at = work.pos[dummy]!;
      layer.splice(at, 1);
      // crossings of the dummy's two segments with each other item's, the dummy above or below it
      let current = 0;
      const below = new Int32Array(layer.length);
      for (let k = 0; k < layer.length; k++) {
        below[k] = cost(work, layer[k]!, dummy) - cost(work, dummy, layer[k]!);
        current += cost(work, dummy, layer[k]!);
      }
      let best = Infinity;
      let bestAt = at;
      for (let p = 0; p <= layer.length; p++) {
        if (p > 0) current += below[p - 1]!;
        const above = p > 0 ? work.lane[layer[p - 1]!]! : -Infinity;
        const under = p < layer.length ? work.lane[layer[p]!]! : Infinity;
        if (Math.max(low, above) > Math.min(high, under)) continue;
        if (current < best || (current === best && p === at)) {
          best = current;
          bestAt = p;
        }
      }
      const above = bestAt > 0 ? work.lane[layer[bestAt - 1]!]! : -Infinity;
      const under = bestAt < layer.length ? work.lane[layer[bestAt]!]! : Infinity;
      work.lane[dummy] = Math.min(Math.max(work.lane[dummy]!, low, above), high, under);
      layer.splice(bestAt, 0, dummy);
      setPositions(work, layer);
    }
  }
}
