import { countLayerCrossings } from './crossings';
import type { LayeredGraph } from './layers';

/** mulberry32: a small seeded generator, so restarts are the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Work {
  layers: number[][];
  pos: Int32Array;
  up: number[][];
  down: number[][];
  lane: Int8Array;
  key: Float64Array;
  /** Per-item scratch space for sorting keys. */
  scratch: Float64Array;
}

function setPositions(work: Work, layer: number[]): void {
  layer.forEach((item, i) => (work.pos[item] = i));
}

function layerPairCrossings(work: Work, upper: number): number {
  const targets = work.layers[upper]!.map((item) => work.down[item]!.map((t) => work.pos[t]!));
  return countLayerCrossings(targets, work.layers[upper + 1]!.length);
}

export function totalCrossings(work: Work): number {
  let total = 0;
  for (let l = 0; l + 1 < work.layers.length; l++) total += layerPairCrossings(work, l);
  return total;
}

/** Crossings between the links of u and of v towards one side when u is left of v. */
function pairCrossings(work: Work, u: number, v: number, side: number[][]): number {
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

function cost(work: Work, u: number, v: number): number {
  return pairCrossings(work, u, v, work.up) + pairCrossings(work, u, v, work.down);
}

/** Sorts one layer by the median or barycentre of its neighbours on one side, lanes first. */
function sortLayer(work: Work, layer: number[], side: number[][], useMedian: boolean): void {
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

/** Swaps neighbours in a layer while that lowers crossings on both sides. */
function transpose(work: Work): void {
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

/** Sifting: moves each item to the place in its layer (and lane) with the fewest crossings. */
function sift(work: Work): void {
  for (const layer of work.layers) siftLayer(work, layer);
}

/** Crossings between two sorted lists of neighbour positions when the first item is left of the second. */
function sortedPairCrossings(a: Int32Array, b: Int32Array): number {
  let count = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j]! < a[i]!) j++;
    count += j;
  }
  return count;
}

/** Pairs of equal positions in two sorted lists: links to the same item, which never cross. */
function sortedPairTies(a: Int32Array, b: Int32Array): number {
  let count = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j]! < a[i]!) j++;
    for (let k = j; k < b.length && b[k] === a[i]; k++) count++;
  }
  return count;
}

function sortedPositions(work: Work, items: readonly number[]): Int32Array {
  return Int32Array.from(items.map((n) => work.pos[n]!)).sort();
}

/**
 * Sifting of one layer. On a tie between equally good places an item stays put, or with `random` wanders
 * across the plateau, or with 'author' takes the place that best keeps the author's order.
 */
function siftLayer(work: Work, layer: number[], tie?: (() => number) | 'author'): void {
  const random = typeof tie === 'function' ? tie : undefined;
  const size = layer.length;
  if (size < 2) return;
  // crossings of every ordered pair, from the neighbours' positions (fixed while this layer moves)
  const ups = layer.map((u) => sortedPositions(work, work.up[u]!));
  const downs = layer.map((u) => sortedPositions(work, work.down[u]!));
  const pair = new Int32Array(size * size);
  for (let i = 0; i < size; i++)
    for (let j = i + 1; j < size; j++) {
      const a = ups[i]!;
      const b = ups[j]!;
      const c = downs[i]!;
      const d = downs[j]!;
      if (a.length + c.length === 0 || b.length + d.length === 0) continue;
      const ij = sortedPairCrossings(a, b) + sortedPairCrossings(c, d);
      pair[i * size + j] = ij;
      // every pair of links either crosses one way round or the other, unless they share an end
      pair[j * size + i] = a.length * b.length + c.length * d.length - ij - sortedPairTies(a, b) - sortedPairTies(c, d);
    }
  const lane = Int8Array.from(layer.map((u) => work.lane[u]!));
  const key = Float64Array.from(layer.map((u) => work.key[u]!));
  const items = [...layer];
  // work on local indices; `order` is the current order of the layer
  const order = items.map((_, i) => i);
  for (let iu = 0; iu < size; iu++) {
    const at = order.indexOf(iu);
    order.splice(at, 1);
    const allowed = (i: number) => {
      const left = order[i - 1];
      const right = order[i];
      return (left === undefined || lane[left]! <= lane[iu]!) && (right === undefined || lane[right]! >= lane[iu]!);
    };
    // crossings involving u when it is placed before order[i], updated one place at a time
    let current = 0;
    // places out of the author's order, for the 'author' tie-break
    let inversions = 0;
    for (const iv of order) {
      current += pair[iu * size + iv]!;
      if (key[iv]! < key[iu]!) inversions++;
    }
    let best = allowed(0) ? current : Infinity;
    let bestInversions = inversions;
    let bestAt = 0;
    let ties = 1;
    for (let i = 1; i <= order.length; i++) {
      const iv = order[i - 1]!;
      current += pair[iv * size + iu]! - pair[iu * size + iv]!;
      inversions += key[iv]! > key[iu]! ? 1 : key[iv]! < key[iu]! ? -1 : 0;
      if (current > best || !allowed(i)) continue;
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
  order.forEach((i, k) => (layer[k] = items[i]!));
  setPositions(work, layer);
}

function snapshot(work: Work): number[][] {
  return work.layers.map((layer) => [...layer]);
}

function restore(work: Work, layers: number[][]): void {
  work.layers = layers.map((layer) => [...layer]);
  for (const layer of work.layers) setPositions(work, layer);
}

/** One run of layer sweeps (median and barycentre alternately), transpose and sifting. */
function improve(work: Work, upFirst = false): number {
  let best = snapshot(work);
  let bestCount = totalCrossings(work);
  let stale = 0;
  for (let iteration = 0; iteration < 24 && stale < 4 && bestCount > 0; iteration++) {
    const useMedian = iteration % 2 === 0;
    const down = () => {
      for (let l = 1; l < work.layers.length; l++) sortLayer(work, work.layers[l]!, work.up, useMedian);
    };
    const up = () => {
      for (let l = work.layers.length - 2; l >= 0; l--) sortLayer(work, work.layers[l]!, work.down, useMedian);
    };
    if (upFirst) {
      up();
      down();
    } else {
      down();
      up();
    }
    transpose(work);
    const count = totalCrossings(work);
    if (count < bestCount) {
      best = snapshot(work);
      bestCount = count;
      stale = 0;
    } else stale++;
  }
  restore(work, best);
  return localSearch(work, bestCount);
}

/**
 * Makes the result as close to the author's order as crossings allow, so small edits move little: a
 * mirror image has the same crossings, so the drawing is flipped when that matches the input order better;
 * then neighbours whose swap costs nothing are put in input order.
 */
function normalise(work: Work, mirror = true): void {
  let agreement = 0;
  for (const layer of work.layers)
    for (let i = 0; i < layer.length; i++)
      for (let j = i + 1; j < layer.length; j++)
        if (work.lane[layer[i]!] === work.lane[layer[j]!]) agreement += Math.sign(work.key[layer[j]!]! - work.key[layer[i]!]!);
  if (mirror && agreement < 0)
    for (const layer of work.layers) {
      layer.reverse();
      layer.sort((a, b) => work.lane[a]! - work.lane[b]!);
      setPositions(work, layer);
    }
  for (let round = 0; round < 3; round++) for (const layer of work.layers) siftLayer(work, layer, 'author');
  for (let round = 0, swapped = true; swapped && round < 50; round++) {
    swapped = false;
    for (const layer of work.layers)
      for (let i = 0; i + 1 < layer.length; i++) {
        const u = layer[i]!;
        const v = layer[i + 1]!;
        if (work.lane[u] !== work.lane[v] || work.key[u]! <= work.key[v]!) continue;
        if (cost(work, u, v) !== cost(work, v, u)) continue;
        layer[i] = v;
        layer[i + 1] = u;
        work.pos[v] = i;
        work.pos[u] = i + 1;
        swapped = true;
      }
  }
}

/** Sifting and transposition until neither lowers the count any further. */
function localSearch(work: Work, count: number): number {
  let best = count;
  for (let round = 0; round < 6 && best > 0; round++) {
    const before = snapshot(work);
    sift(work);
    transpose(work);
    const now = totalCrossings(work);
    if (now >= best) {
      if (now > best) restore(work, before);
      break;
    }
    best = now;
  }
  return best;
}

/** Iterated local search across plateaus: sifting that takes random places among equally good ones. */
function wander(work: Work, random: () => number, count: number): number {
  let best = count;
  let bestLayers = snapshot(work);
  for (let round = 0; round < 4 && best > 0; round++) {
    for (const layer of work.layers) siftLayer(work, layer, random);
    transpose(work);
    const now = totalCrossings(work);
    if (now < best) {
      best = now;
      bestLayers = snapshot(work);
    }
  }
  restore(work, bestLayers);
  return best;
}

/** Moves a few random items to random places in their lane: a kick for iterated local search. */
function perturb(work: Work, random: () => number): void {
  const layers = work.layers.filter((layer) => layer.length > 1);
  if (layers.length === 0) return;
  for (let k = 0; k < 3; k++) {
    const layer = layers[Math.floor(random() * layers.length)]!;
    const from = Math.floor(random() * layer.length);
    const to = Math.floor(random() * layer.length);
    const [item] = layer.splice(from, 1);
    layer.splice(to, 0, item!);
    layer.sort((a, b) => work.lane[a]! - work.lane[b]!);
    setPositions(work, layer);
  }
}

/**
 * Edit-stable ordering: start from the previous drawing's order (`previous[item]` is where the item sat,
 * or NaN for new ones) and only improve it locally, so an edit moves as little as it can.
 */
function keepPrevious(work: Work, previous: Float64Array): OrderResult {
  for (const layer of work.layers) {
    // items new to the drawing go where their neighbours' barycentre puts them, after the known ones
    layer.sort((a, b) => work.lane[a]! - work.lane[b]! || place(previous, a) - place(previous, b));
    setPositions(work, layer);
  }
  work.key = Float64Array.from(work.key, (_, i) => (Number.isNaN(previous[i]!) ? 1e9 + work.key[i]! : previous[i]!));
  for (let l = 1; l < work.layers.length; l++) sortNew(work, work.layers[l]!, previous);
  const count = localSearch(work, totalCrossings(work));
  normalise(work, false);
  return { layers: snapshot(work), crossings: Math.min(count, totalCrossings(work)) };
}

function place(previous: Float64Array, item: number): number {
  const value = previous[item]!;
  return Number.isNaN(value) ? Infinity : value;
}

/** Puts items without a previous place next to their upper neighbours. */
function sortNew(work: Work, layer: number[], previous: Float64Array): void {
  for (const item of [...layer]) {
    if (!Number.isNaN(previous[item]!)) continue;
    const ups = work.up[item]!;
    if (ups.length === 0) continue;
    const target = ups.reduce((s, n) => s + work.pos[n]!, 0) / ups.length;
    layer.splice(layer.indexOf(item), 1);
    let at = layer.findIndex((other) => work.lane[other]! > work.lane[item]! || (work.lane[other] === work.lane[item] && work.up[other]!.some((n) => work.pos[n]! > target)));
    if (at < 0) at = layer.length;
    layer.splice(at, 0, item);
    setPositions(work, layer);
  }
}

export interface OrderResult {
  layers: number[][];
  crossings: number;
}

/**
 * Orders every layer to reduce crossings. The first run starts from the input order, which keeps the
 * drawing close to how the author wrote it; seeded restarts from shuffled orders replace it only when they
 * find strictly fewer crossings.
 */
function makeWork(graph: LayeredGraph): Work {
  return {
    layers: graph.layers.map((layer) => [...layer]),
    pos: new Int32Array(graph.items.length),
    up: graph.up,
    down: graph.down,
    lane: Int8Array.from(graph.items.map((item) => item.lane)),
    key: Float64Array.from(graph.items.map((item) => item.key)),
    scratch: new Float64Array(graph.items.length),
  };
}

export function orderLayers(graph: LayeredGraph, restarts: number, seed: number, previous?: Float64Array): OrderResult {
  const work = makeWork(graph);
  if (previous) return keepPrevious(work, previous);
  for (const layer of work.layers) {
    layer.sort((a, b) => work.lane[a]! - work.lane[b]!);
    setPositions(work, layer);
  }
  const initial = snapshot(work);
  let bestCount = improve(work);
  let best = snapshot(work);
  const random = seeded(seed);
  for (let r = 0; r < restarts && bestCount > 0; r++) {
    let count: number;
    if (r % 2 === 0) {
      // a fresh start from a shuffled order, sweeping up first on alternate fresh starts
      restore(work, initial);
      for (const layer of work.layers) {
        for (let i = layer.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [layer[i], layer[j]] = [layer[j]!, layer[i]!];
        }
        layer.sort((a, b) => work.lane[a]! - work.lane[b]!);
        setPositions(work, layer);
      }
      count = improve(work, r % 4 === 0);
    } else {
      // iterated local search: a small kick to the best order so far, then local search again
      restore(work, best);
      perturb(work, random);
      count = wander(work, random, totalCrossings(work));
    }
    if (count < bestCount) {
      bestCount = count;
      best = snapshot(work);
    }
  }
  restore(work, best);
  normalise(work);
  return { layers: snapshot(work), crossings: bestCount };
}
