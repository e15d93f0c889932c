/*
 * The scoring rules as a reader would state them: plain loops over plain arrays, nothing packed,
 * nothing cached, nothing reused. `scoreResponse` and `scoreGroup` take shortcuts for speed (blocks
 * of people, packed sums, counted scores); the property tests in reference-scorer.test.ts hold them
 * equal to this file on random instruments and groups. If you want to know what a score means, read
 * this file; if the two ever disagree, this file states the intent.
 *
 * Inputs are taken as already checked (the fast path does the checking and names every problem).
 */
import { PRINCIPLE_IDS, THEME_IDS } from '@nttp/domain';
import type { Band, Instrument, Item } from '../instrument/spec';
import type { Summary } from './summary';
import type { WithheldReason } from './unit-score';

export type ReferenceStatus = 'answered' | 'not-applicable' | 'dont-know' | 'skipped' | 'no-answer';

/** A thing that gets a score: the overall score, a scale, a theme, a principle or a theme × principle cell. */
export interface ReferenceUnit {
  kind: 'overall' | 'scale' | 'theme' | 'principle' | 'cell';
  /** `overall`, the scale id, the theme id, the principle id, or `theme:principle`. */
  id: string;
  items: Item[];
  minCompletion: number;
  minItems: number;
  bands: readonly Band[];
}

export interface ReferenceScore {
  score: number | null;
  answered: number;
  applicable: number;
  total: number;
  reason: WithheldReason | null;
}

/** n, mean, median, sd, min, max and quartiles (R's type 7) of the scores given, as in `Summary`. */
export interface ReferenceGroupStat extends Summary {
  /** The mean over everyone of answered ÷ applicable (0 for someone with nothing applicable). */
  completion: number;
  withheld: Record<WithheldReason, number>;
  rwgJ: number | null;
  /** The band's id, or null (no mean, no band covers it, or the group agrees too little). */
  bandId: string | null;
}

/** Rule 1: what kind of answer a value is, and the value it scores (turned round when reverse keyed). */
export function referenceAnswer(instrument: Instrument, item: Item, value: unknown): { status: ReferenceStatus; keyed: number | null } {
  if (value === null || value === undefined) return { status: 'no-answer', keyed: null };
  const codes = instrument.missingCodes;
  if (codes.notApplicable.includes(value as string | number)) return { status: 'not-applicable', keyed: null };
  if (codes.dontKnow.includes(value as string | number)) return { status: 'dont-know', keyed: null };
  if (codes.skipped.includes(value as string | number)) return { status: 'skipped', keyed: null };
  const scale = responseScaleOf(instrument, item);
  const v = value as number;
  if (item.reverse) return { status: 'answered', keyed: (scale.min as number) + (scale.max as number) - v };
  return { status: 'answered', keyed: v };
}

function responseScaleOf(instrument: Instrument, item: Item) {
  const id = item.responseScale ?? instrument.responseScales[0]!.id;
  return instrument.responseScales.find((s) => s.id === id)!;
}

/** Rule 2: the units, in report order, each with its items in instrument order. */
export function referenceUnits(instrument: Instrument): ReferenceUnit[] {
  const units: ReferenceUnit[] = [];
  const inOrder = (keep: (item: Item) => boolean) => instrument.items.filter(keep);
  const make = (kind: ReferenceUnit['kind'], id: string, items: Item[], minCompletion = instrument.minCompletion, minItems = instrument.minItems, bands = instrument.bands): ReferenceUnit => ({ kind, id, items, minCompletion, minItems, bands });

  const overallIds = new Set<string>();
  for (const scale of instrument.scales) if (scale.inOverall) for (const id of scale.itemIds) overallIds.add(id);
  if (overallIds.size > 0) units.push(make('overall', 'overall', inOrder((item) => overallIds.has(item.id))));

  for (const scale of instrument.scales) {
    // A scale keeps the order its items are listed in.
    const items = scale.itemIds.map((id) => instrument.items.find((item) => item.id === id)!);
    units.push(make('scale', scale.id, items, scale.minCompletion ?? instrument.minCompletion, scale.minItems ?? instrument.minItems, scale.bands ?? instrument.bands));
  }
  for (const theme of THEME_IDS) {
    const items = inOrder((item) => item.theme === theme);
    if (items.length > 0) units.push(make('theme', theme, items));
  }
  for (const principle of PRINCIPLE_IDS) {
    const items = inOrder((item) => item.principles.includes(principle));
    if (items.length > 0) units.push(make('principle', principle, items));
  }
  for (const theme of THEME_IDS)
    for (const principle of PRINCIPLE_IDS) {
      const items = inOrder((item) => item.theme === theme && item.principles.includes(principle));
      if (items.length > 0) units.push(make('cell', `${theme}:${principle}`, items));
    }
  return units;
}

/**
 * Rule 3: one person's score on one unit. Count the answered items and the applicable ones (all
 * items, less those marked not applicable unless the instrument counts them as missing). No score
 * when nothing applies, when nothing is answered, or when fewer items are answered than needed: the
 * minimum share of the applicable items rounded down to whole items, but never fewer than minItems
 * (or every item, in a unit smaller than that), and never fewer than 1. Otherwise the score is the
 * weighted mean of the keyed answers.
 */
export function referenceScore(instrument: Instrument, unit: ReferenceUnit, answers: Record<string, unknown>): ReferenceScore {
  let answered = 0;
  let notApplicable = 0;
  let weightedSum = 0;
  let weights = 0;
  for (const item of unit.items) {
    const { status, keyed } = referenceAnswer(instrument, item, answers[item.id]);
    if (status === 'answered') {
      answered += 1;
      weightedSum += item.weight * (keyed as number);
      weights += item.weight;
    }
    if (status === 'not-applicable') notApplicable += 1;
  }
  const total = unit.items.length;
  const applicable = instrument.notApplicable === 'exclude' ? total - notApplicable : total;
  const fromShare = Math.floor(unit.minCompletion * applicable + 1e-9);
  const needed = Math.max(Math.min(unit.minItems, total), fromShare, 1);
  let reason: WithheldReason | null = null;
  if (applicable === 0) reason = 'nothing-applicable';
  else if (answered === 0) reason = 'no-answers';
  else if (answered < needed) reason = 'below-completion';
  return { score: reason === null ? weightedSum / weights : null, answered, applicable, total, reason };
}

/** R's default quantile (type 7) of values sorted from low to high. */
function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}

/** The sample variance (n − 1), or null with fewer than two values. */
function sampleVariance(values: number[]): number | null {
  if (values.length < 2) return null;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  return squares / (values.length - 1);
}

/** Rule 4: the band of a mean, held back when rwg(j) is below 0.5 (see agreement-band.ts). */
function referenceBand(bands: readonly Band[], mean: number | null, rwgJ: number | null): string | null {
  if (mean === null) return null;
  let found: Band | null = null;
  for (const band of bands) if (mean >= band.from && mean < band.to) found = band;
  // The top band includes its upper end.
  if (!found) for (const band of bands) if (mean === band.to && bands.every((other) => other.to <= band.to)) found = band;
  if (found && rwgJ !== null && rwgJ < 0.5) return null;
  return found ? found.id : null;
}

/**
 * Rule 5: within-group agreement rwg(j) over a unit's J items (James, Demaree & Wolf, 1984): s̄² is
 * the mean of the item variances (each over the people who answered the item, items answered by
 * fewer than two left out), σ² = (A² − 1) / 12 for A points on the scale, and rwg(j) = J(1 − s̄²/σ²)
 * ÷ (J(1 − s̄²/σ²) + s̄²/σ²), reported as 0 outside 0 to 1. Shown only where the scale has a range
 * and more than one person has a score.
 */
function referenceRwgJ(instrument: Instrument, unit: ReferenceUnit, responses: Record<string, unknown>[], scored: number): number | null {
  const scale = responseScaleOf(instrument, unit.items[0]!);
  if (scale.min === undefined || scale.max === undefined || scored < 2) return null;
  const points = Math.round((scale.max - scale.min) / scale.step) + 1;
  const nullVariance = (points * points - 1) / 12;
  const variances: number[] = [];
  for (const item of unit.items) {
    const values: number[] = [];
    for (const answers of responses) {
      const { status, keyed } = referenceAnswer(instrument, item, answers[item.id]);
      if (status === 'answered') values.push(keyed as number);
    }
    const v = sampleVariance(values);
    if (v !== null) variances.push(v);
  }
  if (variances.length === 0) return null;
  let sum = 0;
  for (const v of variances) sum += v;
  const ratio = sum / variances.length / nullVariance;
  const J = variances.length;
  const value = (J * (1 - ratio)) / (J * (1 - ratio) + ratio);
  return value >= 0 && value <= 1 ? value : 0;
}

/** Rule 6: a group's statistics per unit, keyed by `kind:id`. */
export function referenceGroup(instrument: Instrument, responses: Record<string, unknown>[]): Map<string, ReferenceGroupStat> {
  const out = new Map<string, ReferenceGroupStat>();
  for (const unit of referenceUnits(instrument)) {
    const scores: number[] = [];
    const withheld: Record<WithheldReason, number> = { 'nothing-applicable': 0, 'no-answers': 0, 'below-completion': 0 };
    let completion = 0;
    for (const answers of responses) {
      const s = referenceScore(instrument, unit, answers);
      completion += s.applicable > 0 ? s.answered / s.applicable : 0;
      if (s.reason === null) scores.push(s.score as number);
      else withheld[s.reason] += 1;
    }
    const sorted = [...scores].sort((a, b) => a - b);
    let sum = 0;
    for (const v of scores) sum += v;
    const n = scores.length;
    const mean = n > 0 ? sum / n : null;
    const variance = sampleVariance(scores);
    const rwgJ = referenceRwgJ(instrument, unit, responses, n);
    out.set(`${unit.kind}:${unit.id}`, {
      n,
      mean,
      median: n > 0 ? quantile(sorted, 0.5) : null,
      sd: variance === null ? null : Math.sqrt(variance),
      min: n > 0 ? sorted[0]! : null,
      max: n > 0 ? sorted[n - 1]! : null,
      q1: n > 0 ? quantile(sorted, 0.25) : null,
      q3: n > 0 ? quantile(sorted, 0.75) : null,
      completion: responses.length > 0 ? completion / responses.length : 0,
      withheld,
      rwgJ,
      bandId: referenceBand(unit.bands, mean, rwgJ),
    });
  }
  return out;
}
