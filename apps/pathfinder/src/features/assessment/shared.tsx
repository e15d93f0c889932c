// Small pieces the assessment pages share: finding the round, showing refused changes, the bar chart.
import { useState, type ReactNode } from 'react';
import type { AssessmentRound, DomainIssue, PathfinderWorkspace, Response } from '@nttp/domain';
import { ErrorSummary, Heading, Link, Text } from '@nttp/ui';
import type { Instrument } from '@nttp/assessment';
import { useWorkspace } from '../../workspace/context';
import { instrumentOf } from './engine';
import { responsesOf, roundById } from './rounds';

export interface RoundContext {
  round: AssessmentRound;
  instrument: Instrument;
  responses: Response[];
}

/** The round named in the address, its instrument and its responses; null when there is no such round. */
export function useRound(roundId: string | undefined): RoundContext | null {
  const { workspace } = useWorkspace();
  const round = roundId ? roundById(workspace, roundId) : undefined;
  const instrument = round ? instrumentOf(round) : null;
  if (!round || !instrument) return null;
  return { round, instrument, responses: responsesOf(workspace, round.id) };
}

export function RoundNotFound({ title }: { title: string }) {
  const { href } = useWorkspace();
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Text>We could not find this round in the workspace, or it uses a questionnaire this app does not have. It may have been removed.</Text>
      <Text>
        <Link href={href('assessment')}>Go to the assessment rounds</Link>
      </Text>
    </>
  );
}

/** Wraps `update` so a refused change is kept on screen (ErrorSummary) until the next attempt. */
export function useSafeUpdate(): {
  apply: (change: (ws: PathfinderWorkspace) => PathfinderWorkspace) => boolean;
  issues: ReactNode;
} {
  const { update } = useWorkspace();
  const [problems, setProblems] = useState<DomainIssue[]>([]);
  const apply = (change: (ws: PathfinderWorkspace) => PathfinderWorkspace) => {
    const result = update(change);
    setProblems(result.ok ? [] : result.issues);
    return result.ok;
  };
  const issues =
    problems.length > 0 ? (
      <ErrorSummary
        title="This change was not kept"
        description="Nothing was saved. Here is what needs changing:"
        errors={problems.map((p) => ({ href: '#main', text: p.message }))}
      />
    ) : null;
  return { apply, issues };
}

export const ROUND_KIND_TEXT: Record<AssessmentRound['kind'], string> = {
  baseline: 'Baseline',
  'follow-up': 'Follow-up',
  'training-needs': 'Training needs analysis',
};

/** A number for reading: two decimals, or a calm dash with words for a missing value. */
export function formatScore(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? 'Not shown' : value.toFixed(digits);
}

/** People who have answered at least one statement, and those who answered all of them: counts only, never what. */
export function answerCounts(responses: readonly Response[], statementCount: number): { started: number; finished: number } {
  let finished = 0;
  for (const r of responses) if (Object.values(r.answers).filter((a) => a !== null).length >= statementCount) finished += 1;
  return { started: responses.length, finished };
}

/** Goes to an address inside the app, such as `href('assessment/r1')`. */
export function goTo(address: string): void {
  window.location.hash = address.replace(/^#/, '');
}
