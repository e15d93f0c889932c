// The app runs on a fictional pathfinder (Glenmoray) so every page has real data to show.
import { exampleWorkspace } from '@nttp/domain/fixtures';
import type { AssessmentRound, Response } from '@nttp/domain';

export const workspace = exampleWorkspace;

function round(kind: AssessmentRound['kind']): AssessmentRound {
  const found = workspace.assessmentRounds.find((r) => r.kind === kind);
  if (!found) throw new Error(`The example workspace has no ${kind} round.`);
  return found;
}

export const baselineRound = round('baseline');
export const followUpRound = round('follow-up');

export function responsesFor(roundId: string): Response[] {
  return workspace.responses.filter((response) => response.roundId === roundId);
}
