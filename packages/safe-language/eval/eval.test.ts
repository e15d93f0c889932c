import { describe, expect, it } from 'vitest';
import { checkText } from '../src/index';
import { score } from './metrics';
import { HELD_OUT_SET } from './held-out';
import { EVAL_SET } from './sentences';

describe('evaluation set', () => {
  it('has at least 150 sentences, about half of them traps', () => {
    expect(EVAL_SET.length).toBeGreaterThanOrEqual(150);
    const traps = EVAL_SET.filter((sentence) => !sentence.stigmatising).length;
    expect(traps / EVAL_SET.length).toBeGreaterThanOrEqual(0.45);
    expect(traps / EVAL_SET.length).toBeLessThanOrEqual(0.55);
    expect(new Set(EVAL_SET.map((sentence) => sentence.text)).size).toBe(EVAL_SET.length);
  });

  it('keeps a held-out set of the same shape, separate from the main set', () => {
    expect(HELD_OUT_SET.length).toBeGreaterThanOrEqual(60);
    expect(HELD_OUT_SET.filter((sentence) => sentence.stigmatising).length).toBe(HELD_OUT_SET.length / 2);
    const main = new Set(EVAL_SET.map((sentence) => sentence.text));
    expect(HELD_OUT_SET.filter((sentence) => main.has(sentence.text))).toEqual([]);
  });

  it('meets the goals: recall at least 95%, false positives at most 3%', () => {
    const result = score(EVAL_SET, (text) => checkText(text).some((finding) => finding.severity !== 'info'));
    expect(result.missed).toEqual([]);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.falsePositiveRate).toBeLessThanOrEqual(0.03);
    expect(result.falselyFlagged).toEqual([]);
  });
});
