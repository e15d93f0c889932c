import { ANSWER_STATUSES, ANSWERED, bandOf, NOT_APPLICABLE, type AnswerStatus, type Compiled, type Unit, type UnitKind } from '../instrument/compile';
import type { Band } from '../instrument/spec';
import type { Classified } from './responses';

/** Counts behind one score, filled in by `tally` without allocating (the group report reuses one). */
export interface Tally {
  score: number;
  answered: number;
  applicable: number;
  total: number;
  completion: number;
  withheld: boolean;
  /** Why the score was withheld, as a code: `nothing-applicable`, `no-answers` or `below-completion`. */
  reason: WithheldReason | null;
}
export type WithheldReason = 'nothing-applicable' | 'no-answers' | 'below-completion';

export function emptyTally(): Tally {
  return { score: NaN, answered: 0, applicable: 0, total: 0, completion: 0, withheld: true, reason: 'no-answers' };
}

/**
 * How many answered items a unit needs for a score when `applicable` of its items apply: the minimum
 * share of them, rounded down to whole items (so 0.8 of a 4-item scale is 3, not all 4), and never
 * fewer than `leastItems` (the instrument's `minItems`, capped at the unit's size), however many were
 * not applicable. The tiny allowance keeps 0.8 × 5 at 4 despite rounding in binary.
 */
export function answersNeeded(applicable: number, minCompletion: number, leastItems: number): number {
  return Math.max(leastItems, 1, Math.floor(minCompletion * applicable + 1e-9));
}

/**
 * The one rule for withholding a score, used by every scorer: why a unit with `answered` of its
 * `applicable` items answered gets no score, or null when it gets one (see `answersNeeded`). Too few
 * answers, by share or by count, is `below-completion`. Nothing is ever imputed.
 */
export function withheldFor(answered: number, applicable: number, minCompletion: number, leastItems: number): WithheldReason | null {
  if (applicable === 0) return 'nothing-applicable';
  if (answered === 0) return 'no-answers';
  return answered < answersNeeded(applicable, minCompletion, leastItems) ? 'below-completion' : null;
}

/**
 * The score of one unit for one respondent: the weighted mean of the keyed answers, or withheld when
 * fewer than the unit's minimum share of applicable items were answered. Nothing is ever imputed.
 */
export function tally(c: Compiled, unit: Unit, answers: Classified, out: Tally): Tally {
  const excludeNA = c.excludeNotApplicable;
  let answered = 0;
  let na = 0;
  let sum = 0;
  let weights = 0;
  const idx = unit.items;
  const ws = unit.weights;
  const status = answers.status;
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const s = status[i]!;
    if (s === ANSWERED) {
      const w = ws[k]!;
      answered++;
      sum += w * answers.keyed[i]!;
      weights += w;
    } else if (s === NOT_APPLICABLE) na++;
  }
  const total = idx.length;
  const applicable = excludeNA ? total - na : total;
  const completion = applicable > 0 ? answered / applicable : 0;
  out.answered = answered;
  out.applicable = applicable;
  out.total = total;
  out.completion = completion;
  out.reason = withheldFor(answered, applicable, unit.minCompletion, unit.leastItems);
  out.withheld = out.reason !== null;
  out.score = out.withheld ? NaN : sum / weights;
  return out;
}

export interface ItemAnswer {
  itemId: string;
  /** The answer as recorded (null when there was none). */
  answer: number | string | null;
  status: AnswerStatus;
  /** The value used in the score (after reverse keying), or null when the item was not scored. */
  scored: number | null;
  weight: number;
  reversed: boolean;
}

export interface UnitRef {
  kind: UnitKind;
  id: string;
  title: string;
  themeId?: string;
  principleId?: string;
}

/** One score, with everything needed to explain it. */
export interface Score {
  unit: UnitRef;
  /** The score, or null when withheld. */
  score: number | null;
  band: Band | null;
  answered: number;
  /** Items in the unit that apply (not applicable answers are left out unless the instrument says otherwise). */
  applicable: number;
  total: number;
  /** answered / applicable, from 0 to 1. */
  completion: number;
  minCompletion: number;
  /** The fewest answered items that give this unit a score, however many are not applicable. */
  minItems: number;
  withheld: boolean;
  /** Why the score was withheld, in plain words (null when it was not). */
  reason: string | null;
  reasonCode: WithheldReason | null;
  /** Which items and answers produced the score. */
  items: ItemAnswer[];
}

export function unitRef(unit: Unit): UnitRef {
  return {
    kind: unit.kind,
    id: unit.id,
    title: unit.title,
    ...(unit.themeId ? { themeId: unit.themeId } : {}),
    ...(unit.principleId ? { principleId: unit.principleId } : {}),
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function reasonText(t: Pick<Tally, 'reason' | 'answered' | 'applicable' | 'total'>, unit: Pick<Unit, 'minCompletion' | 'leastItems' | 'title'>): string | null {
  const { minCompletion, leastItems, title } = unit;
  switch (t.reason) {
    case 'nothing-applicable':
      return `Every item in ${title} was marked not applicable, so there is nothing to score.`;
    case 'no-answers':
      return `No item in ${title} has an answer on the scale yet, so no score is shown.`;
    case 'below-completion':
      return belowCompletionText(t, minCompletion, leastItems, title);
    default:
      return null;
  }
}

function belowCompletionText(t: Pick<Tally, 'answered' | 'applicable' | 'total'>, minCompletion: number, leastItems: number, title: string): string {
  const needed = answersNeeded(t.applicable, minCompletion, leastItems);
  const notApplicable = t.total - t.applicable;
  const aside = notApplicable ? ` (${notApplicable} marked not applicable)` : '';
  const rule =
    needed > t.applicable
      ? `A score needs answers to at least ${leastItems} items, and only ${t.applicable} ${t.applicable === 1 ? 'applies' : 'apply'}`
      : `A score needs ${needed} answered items here (${pct(minCompletion)} of those that apply, rounded down, and at least ${leastItems})`;
  return `${t.answered} of ${t.applicable} applicable items in ${title} were answered${aside}. ${rule}, so this one is withheld rather than guessed.`;
}

/** Builds the explained score of one unit from a respondent's classified answers. */
export function explainUnit(c: Compiled, unit: Unit, answers: Classified, raw: Record<string, unknown>): Score {
  const t = tally(c, unit, answers, emptyTally());
  const items: ItemAnswer[] = Array.from(unit.items, (i) => {
    const item = c.items[i]!;
    const status = ANSWER_STATUSES[answers.status[i]!]!;
    const recorded = raw[item.id];
    return {
      itemId: item.id,
      answer: recorded === undefined ? null : (recorded as number | string | null),
      status,
      scored: status === 'answered' ? answers.keyed[i]! : null,
      weight: item.weight,
      reversed: item.reverse,
    };
  });
  return {
    unit: unitRef(unit),
    score: t.withheld ? null : t.score,
    band: t.withheld ? null : bandOf(unit.bands, t.score),
    answered: t.answered,
    applicable: t.applicable,
    total: t.total,
    completion: t.completion,
    minCompletion: unit.minCompletion,
    minItems: unit.leastItems,
    withheld: t.withheld,
    reason: reasonText(t, unit),
    reasonCode: t.reason,
    items,
  };
}
