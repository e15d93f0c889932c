// One round: how many have answered (never what), the ways to collect answers, opening and closing.
import { Button, Heading, Link, SummaryList, Text } from '@nttp/ui';
import type { ToolPageProps } from '../types';
import { useWorkspace } from '../../workspace/context';
import { MIN_GROUP } from './engine';
import { isOpen, setRoundClosed, today } from './rounds';
import { answerCounts, ROUND_KIND_TEXT, RoundNotFound, useRound, useSafeUpdate } from './shared';
import './assessment.css';

export default function RoundPage({ params }: ToolPageProps) {
  const context = useRound(params.roundId);
  const { href } = useWorkspace();
  const { apply, issues } = useSafeUpdate();
  if (!context) return <RoundNotFound title="Assessment round" />;
  const { round, instrument, responses } = context;
  const open = isOpen(round);
  const counts = answerCounts(responses, instrument.items.length);
  const path = (rest: string) => href(`assessment/${round.id}/${rest}`);
  const tna = round.kind === 'training-needs';

  return (
    <>
      <Heading level={1} caption={ROUND_KIND_TEXT[round.kind]}>
        {round.label}
      </Heading>
      {issues}
      <SummaryList
        rows={[
          {
            key: 'Questionnaire',
            value: `${instrument.title} (version ${instrument.version}), ${instrument.items.length} statements`,
          },
          { key: 'Opened', value: round.openedOn },
          {
            key: 'Status',
            value: open ? 'Open for answers' : `Closed on ${round.closedOn}`,
          },
          {
            key: 'People who have answered',
            value: `${counts.started} (${counts.finished} answered every statement)`,
          },
        ]}
      />
      <Heading level={2}>Collect answers</Heading>
      {open ? (
        <ul className="assessment-statement-list">
          <li>
            <Link href={path('device')}>Pass the device round a meeting</Link>
          </li>
          <li>
            <Link href={path('import')}>Import a spreadsheet from a forms tool</Link>
          </li>
          <li>
            <Link href={path('questionnaire')}>Print or share the questionnaire</Link>
          </li>
        </ul>
      ) : (
        <Text>This round is closed, so no more answers are taken. Open it again to add more.</Text>
      )}
      <Heading level={2}>{tna ? 'Training plan' : 'Results'}</Heading>
      {tna ? (
        <Text>
          <Link href={href('training')}>Draw up a training plan from this round</Link>
        </Text>
      ) : (
        <Text>
          {open ? `Group results are shown once the round is closed and at least ${MIN_GROUP} people have answered. ` : ''}
          <Link href={path('results')}>See the results</Link>
        </Text>
      )}
      <div className="assessment-actions">
        {open ? (
          <Button variant="secondary" onClick={() => apply((ws) => setRoundClosed(ws, round.id, today() < round.openedOn ? round.openedOn : today()))}>
            Close this round
          </Button>
        ) : (
          <Button variant="secondary" onClick={() => apply((ws) => setRoundClosed(ws, round.id, null))}>
            Open this round again
          </Button>
        )}
      </div>
    </>
  );
}
