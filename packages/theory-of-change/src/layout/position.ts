/**
 * Weighted isotonic regression by pool adjacent violators (Ayer et al. 1955; Barlow et al. 1972): the
 * closest non-decreasing sequence to `target` in weighted least squares, in linear time.
 */
export function isotonic(target: readonly number[], weight: readonly number[]): number[] {
  const value: number[] = [];
  const mass: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < target.length; i++) {
    value.push(target[i]!);
    mass.push(weight[i]!);
    count.push(1);
    while (value.length > 1 && value[value.length - 2]! > value[value.length - 1]!) {
      const w = mass.pop()! + mass[mass.length - 1]!;
      const v = (value.pop()! * (w - mass[mass.length - 1]!) + value[value.length - 1]! * mass[mass.length - 1]!) / w;
      const c = count.pop()! + count[count.length - 1]!;
      value[value.length - 1] = v;
      mass[mass.length - 1] = w;
      count[count.length - 1] = c;
    }
  }
  const out: number[] = [];
  value.forEach((v, k) => {
    for (let j = 0; j < count[k]!; j++) out.push(v);
  });
  return out;
}

export interface PlacementInput {
  layers: readonly (readonly number[])[];
  heights: readonly number[];
  dummy: readonly boolean[];
  /** Neighbours in the layer before and after. */
  up: readonly (readonly number[])[];
  down: readonly (readonly number[])[];
  /**
   * Per segment, how far this item's centre sits from the neighbour's when the link between them is
   * straight (their ends are spread along the sides); 0 when left out.
   */
  upDelta?: readonly (readonly number[])[];
  downDelta?: readonly (readonly number[])[];
  rowGap: number;
  /** Optional bounds on each item's centre (swimlanes keep each band's items inside it). */
  lower?: Float64Array;
  upper?: Float64Array;
}

/** The space between two neighbours in a layer: less around a long link's dummy than between boxes. */
export function itemGap(aIsDummy: boolean, bIsDummy: boolean, rowGap: number): number {
  return aIsDummy || bIsDummy ? Math.max(6, rowGap / 2) : rowGap;
}

/**
 * Vertical centres for every item. Each layer in turn moves its items as close as the spacing allows to
 * where their links would be straight (the weighted mean, exactly, by isotonic regression), sweeping back
 * and forth: this minimises the squared vertical run of the links, and the heavy weight on long links'
 * dummies keeps those straight first. A last pass makes nearly straight links exactly straight where the
 * room allows. Order within a layer never changes.
 */
export function placeVertically(input: PlacementInput, sweeps = 16): Float64Array {
  const { layers, heights, dummy, up, down, rowGap, lower, upper } = input;
  const upDelta = input.upDelta ?? up.map((list) => list.map(() => 0));
  const downDelta = input.downDelta ?? down.map((list) => list.map(() => 0));
  const y = new Float64Array(heights.length);
  for (const layer of layers) {
    let cursor = 0;
    for (const item of layer) {
      y[item] = cursor + heights[item]! / 2;
      cursor += heights[item]! + rowGap;
    }
  }
  const gap = (a: number, b: number) => itemGap(dummy[a]!, dummy[b]!, rowGap);
  const weightOf = (a: number, b: number) => (dummy[a] && dummy[b] ? 8 : dummy[a] || dummy[b] ? 2 : 1);
  /** Each neighbour's wish for this item: the centre that makes their link straight. */
  const wishes = (item: number, visit: (target: number, neighbour: number) => void) => {
    up[item]!.forEach((n, j) => visit(y[n]! + upDelta[item]![j]!, n));
    down[item]!.forEach((n, j) => visit(y[n]! + downDelta[item]![j]!, n));
  };
  const bounds = (layer: readonly number[], offsets: number[]) => {
    const low: number[] = [];
    const high: number[] = new Array<number>(layer.length);
    layer.forEach((item, i) => low.push(Math.max(i > 0 ? low[i - 1]! : -Infinity, (lower ? lower[item]! : -Infinity) - offsets[i]!)));
    for (let i = layer.length - 1; i >= 0; i--) high[i] = Math.min(i < layer.length - 1 ? high[i + 1]! : Infinity, (upper ? upper[layer[i]!]! : Infinity) - offsets[i]!);
    return { low, high };
  };
  const place = (layer: readonly number[]) => {
    if (layer.length === 0) return;
    const target: number[] = [];
    const weight: number[] = [];
    let offset = 0;
    const offsets: number[] = [];
    layer.forEach((item, i) => {
      if (i > 0) offset += heights[layer[i - 1]!]! / 2 + gap(layer[i - 1]!, item) + heights[item]! / 2;
      offsets.push(offset);
      let sum = 0;
      let mass = 0;
      wishes(item, (wish, n) => {
        const w = weightOf(item, n);
        sum += w * wish;
        mass += w;
      });
      if (mass === 0) {
        sum = y[item]! * 0.01;
        mass = 0.01;
      }
      target.push(sum / mass - offset);
      weight.push(mass);
    });
    const z = isotonic(target, weight);
    if (lower || upper) {
      // Bounds on centres become non-decreasing bounds on z (a bound on one item also holds back its
      // neighbours through the spacing), and clipping the regression to them keeps it optimal.
      const { low, high } = bounds(layer, offsets);
      for (let i = 0; i < layer.length; i++) z[i] = Math.min(Math.max(z[i]!, low[i]!), Math.max(high[i]!, low[i]!));
    }
    layer.forEach((item, i) => (y[item] = z[i]! + offsets[i]!));
  };
  for (let s = 0; s < sweeps; s++) {
    if (s % 2 === 0) for (const layer of layers) place(layer);
    else for (let l = layers.length - 1; l >= 0; l--) place(layers[l]!);
  }
  straighten(input, y, gap, wishes);
  return y;
}

/** Moves items onto a neighbour's wish (a straight link) when the spacing in their layer allows. */
function straighten(input: PlacementInput, y: Float64Array, gap: (a: number, b: number) => number, wishes: (item: number, visit: (target: number, neighbour: number) => void) => void): void {
  const { layers, heights, lower, upper } = input;
  for (let round = 0; round < 4; round++) {
    let moved = false;
    for (const layer of layers)
      layer.forEach((item, i) => {
        const before = layer[i - 1];
        const after = layer[i + 1];
        const min = Math.max(before === undefined ? -Infinity : y[before]! + heights[before]! / 2 + gap(before, item) + heights[item]! / 2, lower ? lower[item]! : -Infinity);
        const max = Math.min(after === undefined ? Infinity : y[after]! - heights[after]! / 2 - gap(item, after) - heights[item]! / 2, upper ? upper[item]! : Infinity);
        let best: number | undefined;
        wishes(item, (wish) => {
          if (wish < min - 1e-9 || wish > max + 1e-9) return;
          if (best === undefined || Math.abs(wish - y[item]!) < Math.abs(best - y[item]!)) best = wish;
        });
        if (best !== undefined && Math.abs(best - y[item]!) > 1e-9) {
          y[item] = best;
          moved = true;
        }
      });
    if (!moved) break;
  }
}
