// Every call the follow-up feature makes into the scoring engine, in one place. Today's compareRounds
// judges change against measurement noise; the coming one gives confidence intervals and a verdict of
// its own. This module turns either into the same plain shape, with the verdict names the new API uses, so
// only this file changes at the switch. Small groups are withheld here (MIN_GROUP), and no verdict is
// given on fewer than MIN_TO_JUDGE people a side.
import { compareRounds, organisationalAssessment, type Change } from '@nttp/assessment';
import { THEMES, type AssessmentRound, type Response } from '@nttp/domain';
import { MIN_GROUP } from '../assessment/engine';

/** The fewest people on each side before the change is called higher, lower or no clear change. */
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

function verdictOf(change: Change): Verdict {
  if (change.baseline.n < MIN_TO_JUDGE || change.followUp.n < MIN_TO_JUDGE || change.beyondNoise === null || change.change === null) return 'too-few-to-judge';
  if (!change.beyondNoise) return 'no-clear-change';
  return change.change > 0 ? 'higher' : 'lower';
}

function wordsOf(title: string, verdict: Verdict, change: Change): string {
  const b = change.baseline.mean;
  const f = change.followUp.mean;
  if (b === null || f === null) return `${title}: not enough answers in one of the rounds to compare.`;
  const moved = `${fmt(b)} at baseline, ${fmt(f)} at follow-up`;
  switch (verdict) {
    case 'higher':
      return `${title} is higher than at baseline (${moved}), by more than the measurement’s own noise.`;
    case 'lower':
      return `${title} is lower than at baseline (${moved}), by more than the measurement’s own noise.`;
    case 'no-clear-change':
      return `${title}: no clear change (${moved}). The difference is within what the measurement’s noise alone could give.`;
    case 'too-few-to-judge':
      return `${title}: ${moved}. Too few people answered to say whether this is a real change.`;
  }
}

function workingsOf(change: Change): string {
  const parts = [`Baseline: ${change.baseline.n} people; follow-up: ${change.followUp.n} people.`];
  if (change.rci && change.reliability !== null)
    parts.push(
      `The change in means was set against measurement noise (${fmt(change.rci.seDiff)}), from the spread of baseline scores and the statements’ consistency (Cronbach’s alpha ${fmt(change.reliability)}); it is called a change only when more than ${change.rci.threshold} times that noise.`,
    );
  if (change.baseline.n < MIN_TO_JUDGE || change.followUp.n < MIN_TO_JUDGE) parts.push(`No verdict is given with fewer than ${MIN_TO_JUDGE} people in either round.`);
  if (change.reason) parts.push(change.reason);
  return parts.join(' ');
}

export function compareWithBaseline(baselineRound: AssessmentRound, followUpRound: AssessmentRound, baseline: readonly Response[], followUp: readonly Response[]): Comparison {
  const before = new Set(baseline.map((r) => r.respondentId));
  const after = new Set(followUp.map((r) => r.respondentId));
  const both = [...after].filter((id) => before.has(id)).length;
  const people = { both, joined: after.size - both, left: before.size - both };
  const base = { people, baselineN: baseline.length, followUpN: followUp.length };
  if (baseline.length < MIN_GROUP || followUp.length < MIN_GROUP) return { ...base, themes: [], withheld: true };
  const report = compareRounds(organisationalAssessment, baseline, followUp, { baselineRound, followUpRound });
  const themes = THEMES.flatMap((theme) => {
    const change = report.themes[theme.id];
    if (!change) return [];
    const small = change.baseline.n < MIN_GROUP || change.followUp.n < MIN_GROUP;
    const verdict = small ? 'too-few-to-judge' : verdictOf(change);
    return [
      {
        themeId: theme.id,
        title: theme.name,
        baseline: small ? null : change.baseline.mean,
        followUp: small ? null : change.followUp.mean,
        change: small ? null : change.change,
        baselineN: change.baseline.n,
        followUpN: change.followUp.n,
        verdict,
        words: small ? `${theme.name}: not shown, as fewer than ${MIN_GROUP} people answered in one of the rounds.` : wordsOf(theme.name, verdict, change),
        workings: small ? `Results resting on fewer than ${MIN_GROUP} people are not shown, so that no one’s answers can be picked out.` : workingsOf(change),
      },
    ];
  });
  return { ...base, themes, withheld: false };
}
