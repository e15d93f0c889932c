// Turns answer words and numbers from a spreadsheet into the codes the engine scores. Words are matched in
// any case and with either apostrophe; a number off the statement's scale is never rescaled quietly.
import type { Answer } from '@nttp/domain';
import { normaliseText } from './match';

export interface ScaleInfo {
  min: number;
  max: number;
  /** Words for each point, such as "Strongly disagree" for 1. */
  labels: readonly { value: number; label: string }[];
}

export type ReadAnswer = { ok: true; answer: Answer } | { ok: false; reason: 'unknown-word' | 'off-scale'; text: string };

const NOT_APPLICABLE = new Set(['n a', 'na', 'not applicable', 'not applicable to me', 'does not apply']);
const DONT_KNOW = new Set(['dk', 'dont know', 'do not know', 'i dont know', 'don t know', 'not sure']);
const SKIPPED = new Set(['skipped', 'prefer not to say', 'rather not say']);
const AGREEMENT: Record<string, number> = {
  'strongly disagree': 1,
  disagree: 2,
  'neither agree nor disagree': 3,
  'neither agree or disagree': 3,
  neither: 3,
  neutral: 3,
  agree: 4,
  'strongly agree': 5,
};

/** The answer words a person can see in the preview, normalised as cells are. */
export function normaliseAnswer(cell: string): string {
  return normaliseText(cell.replace(/\u00A0/g, ' ')).replace(/^'+|'+$/g, '');
}

/**
 * Reads one cell. Blank is no answer; "N/A", "DK", "Don’t know" are kept apart from the scale; a number or
 * a label of the scale is a point on it. `extra` holds the person's explicit mappings for other words.
 */
export function readAnswer(cell: string | number | boolean | null | undefined, scale: ScaleInfo, extra: ReadonlyMap<string, Answer> = new Map()): ReadAnswer {
  const raw = cell === null || cell === undefined ? '' : String(cell).trim();
  if (raw === '') return { ok: true, answer: null };
  const text = normaliseAnswer(raw);
  if (extra.has(text)) return { ok: true, answer: extra.get(text)! };
  if (NOT_APPLICABLE.has(text)) return { ok: true, answer: 'not-applicable' };
  if (DONT_KNOW.has(text)) return { ok: true, answer: 'dont-know' };
  if (SKIPPED.has(text)) return { ok: true, answer: 'skipped' };
  const number = /^(-?\d+(?:[.,]0+)?)(?:\s.*)?$/.exec(raw.replace(/\u00A0/g, ' '));
  if (number) {
    const value = Number(number[1]!.replace(',', '.'));
    return value >= scale.min && value <= scale.max ? { ok: true, answer: value } : { ok: false, reason: 'off-scale', text: raw };
  }
  const label = scale.labels.find((l) => normaliseAnswer(l.label) === text);
  if (label) return { ok: true, answer: label.value };
  if (scale.min === 1 && scale.max === 5 && text in AGREEMENT) return { ok: true, answer: AGREEMENT[text]! };
  return { ok: false, reason: 'unknown-word', text: raw };
}

/** True when a cell reads as an answer on some scale: used to tell a header row from an answer row. */
export function looksLikeAnswer(cell: string, scale: ScaleInfo): boolean {
  return readAnswer(cell, scale).ok || /^\d+$/.test(cell.trim());
}
