// Which rounds to compare, and indicator status changes, as pure functions over the workspace.
import type { INDICATOR_STATUSES} from '@nttp/domain';
import { type AssessmentRound, type PathfinderWorkspace, type TocIndicator } from '@nttp/domain';
import type { Verdict } from './engine';

export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export function closedRounds(ws: PathfinderWorkspace, kind: 'baseline' | 'follow-up'): AssessmentRound[] {
  return ws.assessmentRounds.filter((r) => r.kind === kind && r.closedOn);
}

/** The rounds named, or else the latest closed baseline and the latest closed follow-up. */
export function pickRounds(ws: PathfinderWorkspace, baselineId?: string, followUpId?: string): { baseline?: AssessmentRound; followUp?: AssessmentRound } {
  const baselines = closedRounds(ws, 'baseline');
  const followUps = closedRounds(ws, 'follow-up');
  return {
    baseline: baselines.find((r) => r.id === baselineId) ?? baselines[baselines.length - 1],
    followUp: followUps.find((r) => r.id === followUpId) ?? followUps[followUps.length - 1],
  };
}

/** A status to offer for an indicator measured by a theme; null when the numbers cannot carry one. */
export function suggestedStatus(verdict: Verdict, current: IndicatorStatus | undefined): IndicatorStatus | null {
  if (verdict === 'higher') return current === 'achieved' ? 'achieved' : 'on-track';
  if (verdict === 'lower') return 'at-risk';
  return null;
}

export interface IndicatorRef {
  tocId: string;
  tocTitle: string;
  nodeId: string;
  nodeLabel: string;
  indicator: TocIndicator;
}

export function themeIndicators(ws: PathfinderWorkspace): IndicatorRef[] {
  return ws.theoriesOfChange.flatMap((toc) =>
    toc.nodes.flatMap((node) => (node.indicators ?? []).filter((i) => i.themeId).map((indicator) => ({ tocId: toc.id, tocTitle: toc.title, nodeId: node.id, nodeLabel: node.label, indicator }))),
  );
}

export function setIndicatorStatus(ws: PathfinderWorkspace, ref: Pick<IndicatorRef, 'tocId' | 'nodeId'> & { indicatorId: string }, status: IndicatorStatus): PathfinderWorkspace {
  return {
    ...ws,
    theoriesOfChange: ws.theoriesOfChange.map((toc) =>
      toc.id !== ref.tocId
        ? toc
        : {
            ...toc,
            nodes: toc.nodes.map((node) =>
              node.id !== ref.nodeId ? node : { ...node, indicators: (node.indicators ?? []).map((i) => (i.id === ref.indicatorId ? { ...i, status } : i)) },
            ),
          },
    ),
  };
}

export const STATUS_TEXT: Record<IndicatorStatus, string> = { 'not-started': 'Not started', 'on-track': 'On track', 'at-risk': 'Needs attention', achieved: 'Achieved' };
export const VERDICT_TEXT: Record<Verdict, string> = { higher: 'Higher', lower: 'Lower', 'no-clear-change': 'No clear change', 'too-few-to-judge': 'Too few to say' };
