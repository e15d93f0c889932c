// Phase 3: the follow-up compared with the baseline, progress per theme, and the Theory of Change
// indicators that a theme measures, with a status offered from the change.
import { useState } from 'react';
import { Button, GentleCallout, Heading, Link, Select, Text } from '@nttp/ui';
import type { ToolPageProps } from '../types';
import { useWorkspace } from '../../workspace/context';
import { goTo, useSafeUpdate } from '../assessment/shared';
import { ChangeView, PeopleSummary } from './ChangeView';
import { closedRounds, setIndicatorStatus, STATUS_TEXT, suggestedStatus, themeIndicators, VERDICT_TEXT, type IndicatorRef, type IndicatorStatus } from './comparison';
import type { Comparison } from './engine';
import { useComparison } from './useComparison';
import '../assessment/assessment.css';

export default function FollowUpPage({ params }: ToolPageProps) {
  const { workspace, href } = useWorkspace();
  const { baseline, followUp, comparison } = useComparison(params.baselineId, params.followUpId);
  const baselines = closedRounds(workspace, 'baseline');
  const followUps = closedRounds(workspace, 'follow-up');
  const go = (b?: string, f?: string) => {
    if (b && f) goTo(href(`follow-up/${b}/${f}`));
  };

  return (
    <>
      <Heading level={1}>Follow-up and progress</Heading>
      <Text lead>The follow-up round compared with the baseline: who answered, what changed by theme, and what that means for the Theory of Change.</Text>
      {!baseline || !followUp ? (
        <GentleCallout title="Two closed rounds are needed" tone="information" headingLevel={2}>
          Progress is shown once a baseline round and a follow-up round are both closed. <Link href={href('assessment')}>Go to the assessment rounds</Link>
        </GentleCallout>
      ) : (
        <>
          <div className="assessment-actions">
            <Select
              id="follow-up-baseline"
              label="Baseline round"
              value={baseline.id}
              onChange={(e) => go(e.target.value, followUp.id)}
              options={baselines.map((r) => ({ value: r.id, label: `${r.label} (${r.openedOn})` }))}
            />
            <Select
              id="follow-up-round"
              label="Follow-up round"
              value={followUp.id}
              onChange={(e) => go(baseline.id, e.target.value)}
              options={followUps.map((r) => ({ value: r.id, label: `${r.label} (${r.openedOn})` }))}
            />
          </div>
          <Heading level={2}>Who answered</Heading>
          {comparison ? <PeopleSummary comparison={comparison} /> : null}
          {comparison ? <ChangeView comparison={comparison} /> : null}
          {comparison ? <Indicators comparison={comparison} /> : null}
          <Heading level={2}>Share</Heading>
          <Text>
            <Link href={href(`follow-up/report/${baseline.id}/${followUp.id}`)}>Open the progress report to print or share</Link>: it holds group results only, never
            anyone’s answers.
          </Text>
        </>
      )}
    </>
  );
}

function Indicators({ comparison }: { comparison: Comparison }) {
  const { workspace } = useWorkspace();
  const indicators = themeIndicators(workspace);
  return (
    <>
      <Heading level={2}>Theory of Change indicators</Heading>
      {indicators.length === 0 ? (
        <Text>No Theory of Change indicator is measured by an assessment theme yet. Name a theme on an indicator in the Theory of Change to see it here.</Text>
      ) : (
        indicators.map((ref) => <IndicatorRow key={`${ref.tocId}-${ref.nodeId}-${ref.indicator.id}`} refItem={ref} comparison={comparison} />)
      )}
    </>
  );
}

function IndicatorRow({ refItem, comparison }: { refItem: IndicatorRef; comparison: Comparison }) {
  const { apply, issues } = useSafeUpdate();
  const theme = comparison.themes.find((t) => t.themeId === refItem.indicator.themeId);
  const suggestion = theme ? suggestedStatus(theme.verdict, refItem.indicator.status) : null;
  const [status, setStatus] = useState<IndicatorStatus>(suggestion ?? refItem.indicator.status ?? 'not-started');
  const [saved, setSaved] = useState(false);
  const id = `indicator-${refItem.nodeId}-${refItem.indicator.id}`;
  return (
    <section className="assessment-device assessment-stack" aria-labelledby={`${id}-title`}>
      <Heading level={3} id={`${id}-title`}>
        {refItem.indicator.label}
      </Heading>
      {issues}
      <Text>
        In “{refItem.nodeLabel}”. Measured by {theme?.title ?? 'a theme with no result'}: {theme ? VERDICT_TEXT[theme.verdict].toLowerCase() : 'no comparison yet'}. Now:{' '}
        {refItem.indicator.status ? STATUS_TEXT[refItem.indicator.status] : 'no status'}.{' '}
        {suggestion ? `The change suggests “${STATUS_TEXT[suggestion]}”.` : 'The numbers cannot carry a suggestion, so the status is yours to judge.'}
      </Text>
      <form
        className="assessment-actions"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(apply((ws) => setIndicatorStatus(ws, { tocId: refItem.tocId, nodeId: refItem.nodeId, indicatorId: refItem.indicator.id }, status)));
        }}
      >
        <Select
          id={id}
          label="Status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as IndicatorStatus);
            setSaved(false);
          }}
          options={Object.entries(STATUS_TEXT).map(([value, label]) => ({ value, label }))}
        />
        <Button type="submit" variant="secondary">
          Save status
        </Button>
        <span role="status">{saved ? 'Saved' : ''}</span>
      </form>
    </section>
  );
}
