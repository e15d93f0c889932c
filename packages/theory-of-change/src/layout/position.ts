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
}

/**
 * Vertical centres for every item. Each layer in turn moves its items as close as the spacing allows to
 * the weighted mean of their neighbours (exactly, by isotonic regression), sweeping back and forth: this
 * minimises the squared vertical run of the links, so they come out straight where possible, and the
 * heavy weight on long links' dummies keeps those straight first. Order within a layer never changes.
 */
export function placeVertically(input: PlacementInput, sweeps = 16): Float64Array {
  const { layers, heights, dummy, neighbours, rowGap } = input;
  const y = new Float64Array(heights.length);
  for (const layer of layers) {
    let cursor = 0;
    for (const item of layer) {
      y[item] = cursor + heights[item]! / 2;
      cursor += heights[item]! + rowGap;
    }
  }
  const gap = (a: number, b: number) => (dummy[a] || dummy[b] ? Math.max(6, rowGap / 2) : rowGap);
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
    layer.forEach((item, i) => (y[item] = z[i]! + offsets[i]!));
  };
  for (let s = 0; s < sweeps; s++) {
    if (s % 2 === 0) for (const layer of layers) place(layer);
    else for (let l = layers.length - 1; l >= 0; l--) place(layers[l]!);
  }
  return y;
}
