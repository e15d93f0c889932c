import type { LayeredGraph } from './layers';
import { seededRandom } from '@nttp/domain';
import { cost, restore, setPositions, sift, siftDummies, siftLayer, snapshot, sortLayer, totalCrossings, transpose, type Work } from './order-moves';

/**
 * One run of layer sweeps (median and barycentre alternately, as the layer-by-layer sweep of Sugiyama et
 * al. 1981 with the weighted-median iteration of Gansner et al. 1993), transposition and sifting.
 */
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
  // with lanes a mirror image would swap the lanes too, so it is only for drawings with one lane
  const oneLane = work.lane.every((lane) => lane === work.lane[0]);
  if (mirror && oneLane && agreement < 0)
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
    siftDummies(work);
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

/**
 * Iterated local search (Lourenço, Martin & Stützle 2003) across plateaus: sifting that takes random
 * places among equally good ones.
 */
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
  return { layers: snapshot(work).layers, lane: work.lane, crossings: Math.min(count, totalCrossings(work)) };
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
  /** The lane of each item (a long link's dummies may have moved between its ends' lanes). */
  lane: Int32Array;
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
    lane: Int32Array.from(graph.items.map((item) => item.lane)),
    low: Int32Array.from(graph.items.map((item) => item.low)),
    high: Int32Array.from(graph.items.map((item) => item.high)),
    key: Float64Array.from(graph.items.map((item) => item.key)),
    scratch: new Float64Array(graph.items.length),
  };
}

/** Crossings after one run of sweeps and local search from the input order: a quick estimate for choices. */
export function quickCrossings(graph: LayeredGraph): number {
  const work = makeWork(graph);
  sortByLane(work);
  return improve(work);
}

function sortByLane(work: Work): void {
  for (const layer of work.layers) {
    layer.sort((a, b) => work.lane[a]! - work.lane[b]!);
    setPositions(work, layer);
  }
}

export function orderLayers(graph: LayeredGraph, restarts: number, seed: number, previous?: Float64Array): OrderResult {
  const work = makeWork(graph);
  if (previous) return keepPrevious(work, previous);
  sortByLane(work);
  const initial = snapshot(work);
  let bestCount = improve(work);
  let best = snapshot(work);
  const random = seededRandom(seed); // seeded, so restarts are the same on every run
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
  return { layers: snapshot(work).layers, lane: work.lane, crossings: bestCount };
}
