/** Weighted isotonic regression (pool adjacent violators): the closest non-decreasing sequence to `target`. */
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
  neighbours: readonly (readonly number[])[];
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
 * the weighted mean of their neighbours (exactly, by isotonic regression), sweeping back and forth: this
 * minimises the squared vertical run of the links, so they come out straight where possible, and the
 * heavy weight on long links' dummies keeps those straight first. Order within a layer never changes.
 */
export function placeVertically(input: PlacementInput, sweeps = 16): Float64Array {
  const { layers, heights, dummy, neighbours, rowGap, lower, upper } = input;
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
      for (const n of neighbours[item]!) {
        const w = weightOf(item, n);
        sum += w * y[n]!;
        mass += w;
      }
      if (mass === 0) {
        sum = y[item]! * 0.01;
        mass = 0.01;
      }
      target.push(sum / mass - offset);
      weight.push(mass);
    });
    const z = isotonic(target, weight);
    if (lower && upper) {
      // Bounds on centres become non-decreasing bounds on z (a bound on one item also holds back its
      // neighbours through the spacing), and clipping the regression to them keeps it optimal.
      const low: number[] = [];
      const high: number[] = new Array<number>(layer.length);
      layer.forEach((item, i) => low.push(Math.max(i > 0 ? low[i - 1]! : -Infinity, lower[item]! - offsets[i]!)));
      for (let i = layer.length - 1; i >= 0; i--) high[i] = Math.min(i < layer.length - 1 ? high[i + 1]! : Infinity, upper[layer[i]!]! - offsets[i]!);
      for (let i = 0; i < layer.length; i++) z[i] = Math.min(Math.max(z[i]!, low[i]!), Math.max(high[i]!, low[i]!));
    }
    layer.forEach((item, i) => (y[item] = z[i]! + offsets[i]!));
  };
  for (let s = 0; s < sweeps; s++) {
    if (s % 2 === 0) for (const layer of layers) place(layer);
    else for (let l = layers.length - 1; l >= 0; l--) place(layers[l]!);
  }
  return y;
}
