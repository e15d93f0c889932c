import { describe, expect, it } from 'vitest';
import { checkText } from '../src/index';
import { score } from './metrics';
import { HELD_OUT_SET } from './held-out';
import { EVAL_SET } from './sentences';
import { GUIDANCE_DEVELOPMENT_SET, GUIDANCE_HELD_BACK_SET } from './scottish-guidance';
import { PUBLISHED_PASSAGES } from './published-passages';
import { findQuotes } from '../src/checker/quotes';

const raises = (text: string) => checkText(text).some((finding) => finding.severity !== 'info');

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

  it('meets the goals on the sentences written from Scottish guidance (development part)', () => {
    const result = score(GUIDANCE_DEVELOPMENT_SET, raises);
    expect(result.missed).toEqual([]);
    expect(result.falselyFlagged).toEqual([]);
  });

  it('keeps the held-back part written before the lexicon changed (96% recall, no false positives when first scored after)', () => {
    const result = score(GUIDANCE_HELD_BACK_SET, raises);
    // Before the work it scored recall 64%, false positives 12%. Guards against sliding back, not a target.
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.falsePositiveRate).toBeLessThanOrEqual(0.03);
    const main = new Set([...EVAL_SET, ...HELD_OUT_SET, ...GUIDANCE_DEVELOPMENT_SET].map((sentence) => sentence.text));
    expect(GUIDANCE_HELD_BACK_SET.filter((sentence) => main.has(sentence.text))).toEqual([]);
  });

  it('raises no error or warning on published Scottish writing, except on words mentioned in quotes', () => {
    for (const passage of PUBLISHED_PASSAGES) {
      const quotes = findQuotes(passage.text);
      const outside = checkText(passage.text).filter(
        (finding) => (finding.severity === 'error' || finding.severity === 'warning') && !quotes.around(finding.start, finding.end)?.mention,
      );
      expect(outside.map((finding) => finding.match)).toEqual([]);
    }
  });
});
