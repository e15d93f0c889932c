import { ANSWERED, type Compiled } from '../instrument/compile';

/**
 * Where one response's answers are written: item i's status goes to `status[i * stride + at]` and
 * its keyed value (NaN when not answered) to `keyed[i * stride + at]`. The group scorer writes a
 * block of responses side by side this way; a single response uses stride 1. In a block the quick
 * readers write only the keyed value of a plain answer, so there an item with a keyed value is
 * answered whatever its status says, and the status is read only where the keyed value is NaN.
 */
export interface AnswerSlots {
  status: Uint8Array;
  keyed: Float64Array;
  /** Answer keys (or table columns) that are not items of this instrument. */
  unknown: string[];
  stride: number;
  at: number;
}

/** What is wrong with one answer, for the caller to report where it found it. */
export interface AnswerProblem {
  code: string;
  message: string;
}

const problem = (code: string, message: string): AnswerProblem => ({ code, message });

/**
 * Sorts one answer into answered / not applicable / don't know / skipped (null or undefined leaves
 * it as no answer), turning reverse-keyed answers round. Anything that is not a point on the item's
 * scale or one of the instrument's codes is a problem to fix, never guessed at: it is returned (for
 * the caller to place), and nothing is written.
 */
export function classifyValue(c: Compiled, index: number, v: unknown, out: AnswerSlots): AnswerProblem | null {
  if (v === null || v === undefined) return null;
  const pos = index * out.stride + out.at;
  const id = c.quick.ids[index]!;
  const code = typeof v === 'number' && !c.numericCodes ? undefined : c.codes.get(v as string | number);
  if (code !== undefined) {
    out.status[pos] = code;
    return null;
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    if (typeof v === 'string') return problem('unknown-code', `"${v}" is not a code this instrument uses for item "${id}". Use a number on its scale or one of its codes for not applicable, don't know or skipped.`);
    return problem('invalid_type', `The answer to item "${id}" is a number on its scale, one of the instrument's codes, or null for no answer.`);
  }
  const item = c.items[index]!;
  if (item.min !== undefined && item.max !== undefined) {
    const step = (v - item.min) / item.step;
    if (v < item.min || v > item.max || Math.abs(step - Math.round(step)) > 1e-9)
      return problem(
        'off-scale',
        `${v} is not a point on the scale for item "${id}" (${item.min} to ${item.max}${item.step === 1 ? '' : ` in steps of ${item.step}`}). Check the answer; if it stands for not applicable, don't know or skipped, add it to the instrument's missing codes.`,
      );
  }
  out.status[pos] = ANSWERED;
  out.keyed[pos] = item.reverse ? (item.min as number) + (item.max as number) - v : v;
  return null;
}
