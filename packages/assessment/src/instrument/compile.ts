import { PRINCIPLE_IDS, PRINCIPLES, THEME_IDS, THEMES } from '@nttp/domain';
import type { Band, Instrument } from './spec';

/** The kinds of answer the engine keeps apart. Only `answered` is ever scored. */
export const ANSWER_STATUSES = ['answered', 'not-applicable', 'dont-know', 'skipped', 'no-answer'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];
export const ANSWERED = 0;
export const NOT_APPLICABLE = 1;
export const DONT_KNOW = 2;
export const SKIPPED = 3;
export const NO_ANSWER = 4;

export interface CompiledItem {
  id: string;
  index: number;
  text: string;
  weight: number;
  reverse: boolean;
  responseScale: string;
  min: number | undefined;
  max: number | undefined;
  step: number;
  /** Whether the scale has a range, starts at a whole number and goes up in ones, so any whole number in range is a point on it. */
  wholeSteps: boolean;
  /** Number of points on the scale (for rwg's uniform null), when it has a range. */
  options: number | null;
}

export type UnitKind = 'overall' | 'scale' | 'theme' | 'principle' | 'cell';

/** Anything that gets a score: the overall score, a scale, a theme, a principle, a theme × principle cell. */
export interface Unit {
  kind: UnitKind;
  id: string;
  title: string;
  themeId?: string;
  principleId?: string;
  items: Int32Array;
  /** The items' weights, in the same order as `items`. */
  weights: Float64Array;
  minCompletion: number;
  /** The fewest answered items that give a score: the instrument's `minItems`, capped at the unit's size. */
  leastItems: number;
  bands: readonly Band[];
  /** Points on the shared response scale (null when it has no range). */
  options: number | null;
}

export interface Compiled {
  instrument: Instrument;
  items: CompiledItem[];
  itemIndex: Map<string, number>;
  codes: Map<string | number, number>;
  /** Whether any missing code is a number (otherwise numbers are always points on a scale). */
  numericCodes: boolean;
  /**
   * The common answer checked without looking at the item: item i takes any whole number from
   * `lowest[i]` to `highest[i]` when `wholeSteps[i]` is 1, and a reverse-keyed answer v counts as
   * `flip[i] - v` (flip is NaN for items read as they are).
   */
  quick: {
    ids: string[];
    lowest: Float64Array;
    highest: Float64Array;
    wholeSteps: Uint8Array;
    /** 1 where a whole number in range is surely a point on the scale and not a missing-answer code. */
    plainPoints: Uint8Array;
    flip: Float64Array;
  };
  /** Whether not applicable answers leave the item out of the count. */
  excludeNotApplicable: boolean;
  overall: Unit | null;
  scales: Unit[];
  themes: Unit[];
  principles: Unit[];
  cells: Unit[];
  all: Unit[];
  /**
   * The distinct score computations, packed end to end for fast group scoring: computation u owns
   * positions start[u] to start[u + 1]. Units with the same items, weights and minimum completion
   * (such as a theme that is also a scale) share one; `computationOf[k]` is unit k's.
   */
  packed: {
    start: Int32Array;
    items: Int32Array;
    weights: Float64Array;
    minCompletion: Float64Array;
    leastItems: Int32Array;
    computationOf: Int32Array;
    /** 1 when every item of computation u weighs 1 (the sums then need no weights), else 0. */
    unitWeights: Uint8Array;
  };
}

function pack(all: Unit[]): Compiled['packed'] {
  const seen = new Map<string, number>();
  const units: Unit[] = [];
  const computationOf = Int32Array.from(all, (u) => {
    const key = `${u.minCompletion}|${u.leastItems}|${Array.from(u.items).join(',')}|${Array.from(u.weights).join(',')}`;
    let k = seen.get(key);
    if (k === undefined) {
      k = units.push(u) - 1;
      seen.set(key, k);
    }
    return k;
  });
  const start = new Int32Array(units.length + 1);
  units.forEach((u, k) => (start[k + 1] = start[k]! + u.items.length));
  const items = new Int32Array(start[units.length]!);
  const weights = new Float64Array(items.length);
  units.forEach((u, k) => {
    items.set(u.items, start[k]!);
    weights.set(u.weights, start[k]!);
  });
  const unitWeights = Uint8Array.from(units, (u) => (u.weights.every((w) => w === 1) ? 1 : 0));
  return { start, items, weights, minCompletion: Float64Array.from(units, (u) => u.minCompletion), leastItems: Int32Array.from(units, (u) => u.leastItems), computationOf, unitWeights };
}

const cache = new WeakMap<Instrument, Compiled>();

/** Index an instrument once for fast scoring; the result is cached per instrument. */
export function compile(instrument: Instrument): Compiled {
  const hit = cache.get(instrument);
  if (hit) return hit;
  const scales = new Map(instrument.responseScales.map((s) => [s.id, s]));
  const items: CompiledItem[] = instrument.items.map((item, index) => {
    const rs = scales.get(item.responseScale ?? instrument.responseScales[0]!.id)!;
    const ranged = rs.min !== undefined && rs.max !== undefined;
    return {
      id: item.id,
      index,
      text: item.text,
      weight: item.weight,
      reverse: item.reverse,
      responseScale: rs.id,
      min: rs.min,
      max: rs.max,
      step: rs.step,
      wholeSteps: ranged && Number.isInteger(rs.min) && rs.step === 1,
      options: ranged ? Math.round(((rs.max as number) - (rs.min as number)) / rs.step) + 1 : null,
    };
  });
  const itemIndex = new Map(items.map((item) => [item.id, item.index]));
  const codes = new Map<string | number, number>();
  instrument.missingCodes.notApplicable.forEach((c) => codes.set(c, NOT_APPLICABLE));
  instrument.missingCodes.dontKnow.forEach((c) => codes.set(c, DONT_KNOW));
  instrument.missingCodes.skipped.forEach((c) => codes.set(c, SKIPPED));

  const unit = (kind: UnitKind, id: string, title: string, idx: number[], minCompletion: number, bands: readonly Band[], extra: Partial<Unit> = {}, minItems = instrument.minItems): Unit => ({
    kind, id, title, items: Int32Array.from(idx), weights: Float64Array.from(idx, (i) => items[i]!.weight), minCompletion, leastItems: Math.min(minItems, idx.length), bands, options: idx.length ? items[idx[0]!]!.options : null, ...extra,
  });
  const overallItems = new Set<number>();
  const scaleUnits = instrument.scales.map((scale) => {
    const idx = scale.itemIds.map((id) => itemIndex.get(id)!);
    if (scale.inOverall) idx.forEach((i) => overallItems.add(i));
    return unit('scale', scale.id, scale.title, idx, scale.minCompletion ?? instrument.minCompletion, scale.bands ?? instrument.bands, {}, scale.minItems ?? instrument.minItems);
  });
  const sortedOverall = [...overallItems].sort((a, b) => a - b);
  const overall = sortedOverall.length ? unit('overall', 'overall', 'Overall', sortedOverall, instrument.minCompletion, instrument.bands) : null;
  const themeUnits: Unit[] = [];
  const cellUnits: Unit[] = [];
  for (const theme of THEME_IDS) {
    const idx = instrument.items.flatMap((item, i) => (item.theme === theme ? [i] : []));
    if (!idx.length) continue;
    const title = THEMES.find((t) => t.id === theme)!.name;
    themeUnits.push(unit('theme', theme, title, idx, instrument.minCompletion, instrument.bands, { themeId: theme }));
    for (const principle of PRINCIPLE_IDS) {
      const cell = idx.filter((i) => instrument.items[i]!.principles.includes(principle));
      if (cell.length)
        cellUnits.push(unit('cell', `${theme}:${principle}`, `${title} × ${PRINCIPLES.find((p) => p.id === principle)!.name}`, cell, instrument.minCompletion, instrument.bands, { themeId: theme, principleId: principle }));
    }
  }
  const principleUnits = PRINCIPLE_IDS.flatMap((principle) => {
    const idx = instrument.items.flatMap((item, i) => (item.principles.includes(principle) ? [i] : []));
    return idx.length ? [unit('principle', principle, PRINCIPLES.find((p) => p.id === principle)!.name, idx, instrument.minCompletion, instrument.bands, { principleId: principle })] : [];
  });
  const all = [...(overall ? [overall] : []), ...scaleUnits, ...themeUnits, ...principleUnits, ...cellUnits];
  const compiled: Compiled = {
    instrument,
    items,
    itemIndex,
    codes,
    numericCodes: [...codes.keys()].some((code) => typeof code === 'number'),
    quick: {
      // As property names, so comparing one with an answer's key is a pointer check, not a text one.
      ids: items.map((item) => Object.keys({ [item.id]: 0 })[0]!),
      lowest: Float64Array.from(items, (item) => item.min ?? NaN),
      highest: Float64Array.from(items, (item) => item.max ?? NaN),
      wholeSteps: Uint8Array.from(items, (item) => (item.wholeSteps ? 1 : 0)),
      plainPoints: Uint8Array.from(items, (item) => (item.wholeSteps && ![...codes.keys()].some((code) => typeof code === 'number') ? 1 : 0)),
      flip: Float64Array.from(items, (item) => (item.reverse ? (item.min as number) + (item.max as number) : NaN)),
    },
    excludeNotApplicable: instrument.notApplicable === 'exclude',
    overall,
    scales: scaleUnits,
    themes: themeUnits,
    principles: principleUnits,
    cells: cellUnits,
    all,
    packed: pack(all),
  };
  cache.set(instrument, compiled);
  return compiled;
}

/** The band a score falls in: bands run from `from` up to `to`, and the top band includes its `to`. */
export function bandOf(bands: readonly Band[], score: number): Band | null {
  let top: Band | null = null;
  for (const band of bands) {
    if (score >= band.from && score < band.to) return band;
    if (!top || band.to > top.to) top = band;
  }
  return top && score === top.to ? top : null;
}
