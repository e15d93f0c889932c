// The comparison for the rounds named in the address (or the latest closed pair).
import { useMemo } from 'react';
import { useWorkspace } from '../../workspace/context';
import { responsesOf } from '../assessment/rounds';
import { pickRounds } from './comparison';
import { compareWithBaseline } from './engine';

export function useComparison(baselineId?: string, followUpId?: string) {
  const { workspace } = useWorkspace();
  const { baseline, followUp } = pickRounds(workspace, baselineId, followUpId);
  const comparison = useMemo(
    () => (baseline && followUp ? compareWithBaseline(baseline, followUp, responsesOf(workspace, baseline.id), responsesOf(workspace, followUp.id)) : null),
    [workspace, baseline, followUp],
  );
  return { baseline, followUp, comparison };
}
