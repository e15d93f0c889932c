// Every call the follow-up feature makes into the scoring engine, in one place. The engine judges a change in
// a group's mean by a confidence interval for the difference (Welch for the rounds as groups, paired for the
// people who answered both), gives a verdict only where the interval carries one, and withholds small
// groups itself; this module turns its report into the page's plain shape.
import { compareRounds, explainChange, type Change } from '@nttp/assessment';
import { THEMES, type AssessmentRound, type Response } from '@nttp/domain';
import { MIN_GROUP, instrumentOf } from '../assessment/engine';

/** The fewest people (per round, or matched) before the change is called higher, lower or no clear change. */
export const MIN_TO_JUDGE = 10;

export type Verdict = 'higher' | 'lower' | 'no-clear-change' | 'too-few-to-judge';

export interface ThemeChange {
  themeId: string;
  title: string;
  baseline: number | null;
  followUp: number | null;
  change: number | null;
  baselineN: number;
  followUpN: number;
  verdict: Verdict;
  /** The change in plain words, honest about what the numbers can carry. */
  words: string;
  /** How it was judged, for the "How this was worked out" expander. */
  workings: string;
}

export interface Comparison {
  /** People (by pseudonymous id) who answered both rounds, only the follow-up, or only the baseline. */
  people: { both: number; joined: number; left: number };
  baselineN: number;
  followUpN: number;
  themes: ThemeChange[];
  /** True when either round has fewer than MIN_GROUP people: nothing per theme is shown. */
  withheld: boolean;
}

const fmt = (n: number) => n.toFixed(2);
const signed = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(2)}`;

function wordsOf(title: string, change: Change): string {
  const b = change.baseline.mean;
  const f = change.followUp.mean;
  if (b === null || f === null) return `${title}: not enough answers in one of the rounds to compare.`;
  const moved = `${fmt(b)} at baseline, ${fmt(f)} at follow-up`;
  const test = change.basis === 'stayers' ? change.stayers : change.rounds;
  const range = test ? ` The change probably lies between ${signed(test.ci.lower)} and ${signed(test.ci.upper)}.` : '';
  switch (change.verdict) {
    case 'higher':
      return `${title} is clearly higher than at baseline (${moved}).${range}`;
    case 'lower':
      return `${title} is clearly lower than at baseline (${moved}).${range}`;
    case 'no-clear-change':
      return `${title}: no clear change (${moved}).${range} That range includes no change at all.`;
    case 'too-few-to-judge':
      return `${title}: ${moved}. ${change.reason ?? 'Too few people answered to say whether this is a real change.'}`;
  }
}

export function compareWithBaseline(baselineRound: AssessmentRound, followUpRound: AssessmentRound, baseline: readonly Response[], followUp: readonly Response[]): Comparison {
  const before = new Set(baseline.map((r) => r.respondentId));
  const after = new Set(followUp.map((r) => r.respondentId));
  const both = [...after].filter((id) => before.has(id)).length;
  const people = { both, joined: after.size - both, left: before.size - both };
  const base = { people, baselineN: baseline.length, followUpN: followUp.length };
  const instrument = instrumentOf(baselineRound);
  // Two versions of the questionnaire ask different statements: their scores are not compared.
  const sameVersion = instrument !== null && followUpRound.instrumentId === baselineRound.instrumentId && followUpRound.instrumentVersion === baselineRound.instrumentVersion;
  if (baseline.length < MIN_GROUP || followUp.length < MIN_GROUP || !sameVersion) return { ...base, themes: [], withheld: true };
  const report = compareRounds(instrument, [...baseline], [...followUp], { baselineRound, followUpRound, minCellSize: MIN_GROUP, minToJudge: MIN_TO_JUDGE });
  const themes = THEMES.flatMap((theme) => {
    const change = report.themes[theme.id];
    if (!change) return [];
    const small = change.baseline.n < MIN_GROUP || change.followUp.n < MIN_GROUP || change.baseline.mean === null || change.followUp.mean === null;
    return [
      {
        themeId: theme.id,
        title: theme.name,
        baseline: small ? null : change.baseline.mean,
        followUp: small ? null : change.followUp.mean,
        change: small ? null : change.change,
        baselineN: change.baseline.n,
        followUpN: change.followUp.n,
        verdict: small ? 'too-few-to-judge' : change.verdict,
        words: small ? `${theme.name}: not shown, as fewer than ${MIN_GROUP} people answered in one of the rounds.` : wordsOf(theme.name, change),
        workings: small ? `Results resting on fewer than ${MIN_GROUP} people are not shown, so that no one’s answers can be picked out.` : explainChange(change),
      },
    ];
  });
  return { ...base, themes, withheld: false };
}
