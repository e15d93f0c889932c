// The progress report a service lead can print or share: group results only, never anyone's answers.
import { Button, Heading, Link, Text } from '@nttp/ui';
import type { ToolPageProps } from '../types';
import { useWorkspace } from '../../workspace/context';
import { ChangeView, PeopleSummary } from './ChangeView';
import { STATUS_TEXT, themeIndicators } from './comparison';
import { useComparison } from './useComparison';
import '../assessment/assessment.css';

export default function ReportPage({ params }: ToolPageProps) {
  const { workspace, href } = useWorkspace();
  const { baseline, followUp, comparison } = useComparison(params.baselineId, params.followUpId);
  const indicators = themeIndicators(workspace);
  return (
    <div className="assessment-print">
      <Heading level={1} caption={workspace.pathfinder.name}>
        Progress report
      </Heading>
      <div className="assessment-actions assessment-no-print">
        <Button onClick={() => window.print()}>Print the report</Button>
        <Link href={href('follow-up')}>Back to follow-up and progress</Link>
      </div>
      {!baseline || !followUp || !comparison ? (
        <Text>The report is ready once a baseline round and a follow-up round are both closed.</Text>
      ) : (
        <>
          <Text lead>
            {baseline.label} ({baseline.openedOn} to {baseline.closedOn}) compared with {followUp.label} ({followUp.openedOn} to {followUp.closedOn}). This report holds group
            results only: no one’s own answers are in it, and results resting on fewer than five people are left out.
          </Text>
          <Heading level={2}>Who answered</Heading>
          <PeopleSummary comparison={comparison} />
          <ChangeView comparison={comparison} />
          {indicators.length > 0 ? (
            <>
              <Heading level={2}>Theory of Change indicators</Heading>
              <ul className="assessment-statement-list">
                {indicators.map((ref) => (
                  <li key={`${ref.tocId}-${ref.nodeId}-${ref.indicator.id}`}>
                    {ref.indicator.label}: {ref.indicator.status ? STATUS_TEXT[ref.indicator.status] : 'no status yet'}
                    {ref.indicator.target ? ` (target: ${ref.indicator.target})` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
