import type { EvalSentence } from './sentences';

export interface EvalScore {
  /** Share of stigmatising sentences that were flagged. */
  recall: number;
  /** Share of clean sentences that were flagged. */
  falsePositiveRate: number;
  missed: string[];
  falselyFlagged: string[];
}

/** Scores a tool that says, for one sentence, whether it raised anything. */
export function score(set: readonly EvalSentence[], flags: (text: string) => boolean): EvalScore {
  const missed: string[] = [];
  const falselyFlagged: string[] = [];
  let positives = 0;
  let negatives = 0;
  for (const sentence of set) {
    const flagged = flags(sentence.text);
    if (sentence.stigmatising) {
      positives++;
      if (!flagged) missed.push(sentence.text);
    } else {
      negatives++;
      if (flagged) falselyFlagged.push(sentence.text);
    }
  }
  return {
    recall: positives === 0 ? 1 : (positives - missed.length) / positives,
    falsePositiveRate: negatives === 0 ? 0 : falselyFlagged.length / negatives,
    missed,
    falselyFlagged,
  };
}
