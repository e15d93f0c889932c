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
  const key = new Map<number, number>();
  for (const item of layer) {
    const neighbours = side[item]!.map((n) => work.pos[n]!);
    if (neighbours.length === 0) {
      key.set(item, -1);
      continue;
    }
    neighbours.sort((a, b) => a - b);
    const mid = neighbours.length >> 1;
    const value = useMedian
      ? neighbours.length % 2 === 1
        ? neighbours[mid]!
        : (neighbours[mid - 1]! + neighbours[mid]!) / 2
      : neighbours.reduce((s, n) => s + n, 0) / neighbours.length;
    key.set(item, value);
  }
  // Items without neighbours keep their place; the others are sorted into the remaining places.
  const movable = layer.filter((item) => key.get(item)! >= 0);
  movable.sort((a, b) => work.lane[a]! - work.lane[b]! || key.get(a)! - key.get(b)! || work.key[a]! - work.key[b]!);
  let next = 0;
  const result = layer.map((item) => (key.get(item)! < 0 ? item : movable[next++]!));
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
  for (const layer of work.layers) {
    for (const u of [...layer]) {
      const at = work.pos[u]!;
      layer.splice(at, 1);
      setPositions(work, layer);
      const allowed = (i: number) => {
        const left = layer[i - 1];
        const right = layer[i];
        return (left === undefined || work.lane[left]! <= work.lane[u]!) && (right === undefined || work.lane[right]! >= work.lane[u]!);
      };
      // crossings involving u when it is placed before layer[i], updated one place at a time
      let current = 0;
      for (const v of layer) current += cost(work, u, v);
      let best = allowed(0) ? current : Infinity;
      let bestAt = 0;
      for (let i = 1; i <= layer.length; i++) {
        const v = layer[i - 1]!;
        current += cost(work, v, u) - cost(work, u, v);
        if (!allowed(i)) continue;
        if (current < best || (current === best && i === at)) {
          best = current;
          bestAt = i;
        }
      }
      layer.splice(bestAt, 0, u);
      setPositions(work, layer);
    }
  }
}

function snapshot(work: Work): number[][] {
  return work.layers.map((layer) => [...layer]);
}

function restore(work: Work, layers: number[][]): void {
  work.layers = layers.map((layer) => [...layer]);
  for (const layer of work.layers) setPositions(work, layer);
}

/** One run of layer sweeps (median and barycentre alternately), transpose and sifting. */
function improve(work: Work): number {
  let best = snapshot(work);
  let bestCount = totalCrossings(work);
  let stale = 0;
  for (let iteration = 0; iteration < 24 && stale < 4 && bestCount > 0; iteration++) {
    const useMedian = iteration % 2 === 0;
    for (let l = 1; l < work.layers.length; l++) sortLayer(work, work.layers[l]!, work.up, useMedian);
    for (let l = work.layers.length - 2; l >= 0; l--) sortLayer(work, work.layers[l]!, work.down, useMedian);
    transpose(work);
    const count = totalCrossings(work);
    if (count < bestCount) {
      best = snapshot(work);
      bestCount = count;
      stale = 0;
    } else stale++;
  }
  restore(work, best);
  if (bestCount > 0) {
    sift(work);
    transpose(work);
    const count = totalCrossings(work);
    if (count <= bestCount) return count;
    restore(work, best);
  }
  return bestCount;
}

/**
 * Makes the result as close to the author's order as crossings allow, so small edits move little: a
 * mirror image has the same crossings, so the drawing is flipped when that matches the input order better;
 * then neighbours whose swap costs nothing are put in input order.
 */
function normalise(work: Work): void {
  let agreement = 0;
  for (const layer of work.layers)
    for (let i = 0; i < layer.length; i++)
      for (let j = i + 1; j < layer.length; j++)
        if (work.lane[layer[i]!] === work.lane[layer[j]!]) agreement += Math.sign(work.key[layer[j]!]! - work.key[layer[i]!]!);
  if (agreement < 0)
    for (const layer of work.layers) {
      layer.reverse();
      layer.sort((a, b) => work.lane[a]! - work.lane[b]!);
      setPositions(work, layer);
    }
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

export interface OrderResult {
  layers: number[][];
  crossings: number;
}

/**
 * Orders every layer to reduce crossings. The first run starts from the input order, which keeps the
 * drawing close to how the author wrote it; seeded restarts from shuffled orders replace it only when they
 * find strictly fewer crossings.
 */
export function orderLayers(graph: LayeredGraph, restarts: number, seed: number): OrderResult {
  const work: Work = {
    layers: graph.layers.map((layer) => [...layer]),
    pos: new Int32Array(graph.items.length),
    up: graph.up,
    down: graph.down,
    lane: Int8Array.from(graph.items.map((item) => item.lane)),
    key: Float64Array.from(graph.items.map((item) => item.key)),
  };
  for (const layer of work.layers) {
    layer.sort((a, b) => work.lane[a]! - work.lane[b]!);
    setPositions(work, layer);
  }
  const initial = snapshot(work);
  let bestCount = improve(work);
  let best = snapshot(work);
  const random = seeded(seed);
  for (let r = 0; r < restarts && bestCount > 0; r++) {
    restore(work, initial);
    for (const layer of work.layers) {
      for (let i = layer.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [layer[i], layer[j]] = [layer[j]!, layer[i]!];
      }
      layer.sort((a, b) => work.lane[a]! - work.lane[b]!);
      setPositions(work, layer);
    }
    const count = improve(work);
    if (count < bestCount) {
      bestCount = count;
      best = snapshot(work);
    }
  }
  restore(work, best);
  normalise(work);
  return { layers: snapshot(work), crossings: bestCount };
}
