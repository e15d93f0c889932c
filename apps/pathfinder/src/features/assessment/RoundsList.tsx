// The rounds of one or more kinds as a table, and a form that starts a new round: shared by the assessment
// and the training needs analysis pages.
import { useState } from 'react';
import type { AssessmentRound } from '@nttp/domain';
import { Button, Link, RadioGroup, TextInput } from '@nttp/ui';
import { useWorkspace } from '../../workspace/context';
import { DataTable } from './Chart';
import { instrumentOf } from './engine';
import { addRound, isOpen, responsesOf, today } from './rounds';
import { answerCounts, goTo, ROUND_KIND_TEXT, useSafeUpdate } from './shared';

export function RoundsTable({ rounds, caption }: { rounds: readonly AssessmentRound[]; caption: string }) {
  const { workspace, href } = useWorkspace();
  if (rounds.length === 0) return <p>No rounds yet.</p>;
  return (
    <DataTable
      caption={caption}
      columns={[{ label: 'Round' }, { label: 'Kind' }, { label: 'Opened' }, { label: 'Status' }, { label: 'People who answered', numeric: true }]}
    >
      {rounds.map((round) => {
        const statements = instrumentOf(round)?.items.length ?? 0;
        const counts = answerCounts(responsesOf(workspace, round.id), statements);
        return (
          <tr key={round.id}>
            <td>
              <Link href={href(`assessment/${round.id}`)}>{round.label}</Link>
            </td>
            <td>{ROUND_KIND_TEXT[round.kind]}</td>
            <td>{round.openedOn}</td>
            <td>{isOpen(round) ? 'Open for answers' : `Closed on ${round.closedOn}`}</td>
            <td className="assessment-number">{counts.started}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}

export function NewRoundForm({ kinds, defaultLabel }: { kinds: readonly AssessmentRound['kind'][]; defaultLabel: (kind: AssessmentRound['kind']) => string }) {
  const { href } = useWorkspace();
  const { apply, issues } = useSafeUpdate();
  const [kind, setKind] = useState<AssessmentRound['kind']>(kinds[0]!);
  const [label, setLabel] = useState(defaultLabel(kinds[0]!));
  const [openedOn, setOpenedOn] = useState(today());
  const [labelError, setLabelError] = useState<string | undefined>();

  const start = () => {
    if (!label.trim()) {
      setLabelError('Give the round a name, such as “Baseline, spring”.');
      return;
    }
    setLabelError(undefined);
    let created = '';
    const ok = apply((ws) => {
      const { workspace, roundId } = addRound(ws, {
        kind,
        label: label.trim(),
        openedOn,
      });
      created = roundId;
      return workspace;
    });
    if (ok) goTo(href(`assessment/${created}`));
  };

  return (
    <form
      className="assessment-stack"
      onSubmit={(event) => {
        event.preventDefault();
        start();
      }}
    >
      {issues}
      {kinds.length > 1 ? (
        <RadioGroup
          label="Which round is this?"
          name="round-kind"
          value={kind}
          onChange={(value) => {
            const next = value as AssessmentRound['kind'];
            if (label === defaultLabel(kind)) setLabel(defaultLabel(next));
            setKind(next);
          }}
          options={kinds.map((k) => ({
            value: k,
            label: ROUND_KIND_TEXT[k],
            hint: k === 'baseline' ? 'The first round, before changes begin.' : k === 'follow-up' ? 'A later round, compared with the baseline.' : undefined,
          }))}
        />
      ) : null}
      <TextInput id="round-label" label="Name of the round" value={label} error={labelError} onChange={(event) => setLabel(event.target.value)} />
      <TextInput id="round-opened" label="Opens on" type="date" width="10" value={openedOn} onChange={(event) => setOpenedOn(event.target.value)} />
      <Button type="submit">Start this round</Button>
    </form>
  );
}
