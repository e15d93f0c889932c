// Pass the device: one device handed round a meeting. Each person answers privately; answers are saved as
// they go; handing back clears the screen, and nothing of the previous person's answers is shown again.
// Nothing of a person's progress is put in the address or history, so the back button cannot bring it back.
import { useEffect, useRef, useState } from 'react';
import type { Answer } from '@nttp/domain';
import { Button, GentleCallout, Heading, LikertScale, RadioGroup, Select, Text, TextInput, type LikertAnswer } from '@nttp/ui';
import type { ToolPageProps } from '../types';
import { useWorkspace } from '../../workspace/context';
import { rolesFor, sectionsOf, statementsOf, type StatementInfo } from './engine';
import { isOpen, randomRespondentId, respondentIdFromCode, saveAnswer, today } from './rounds';
import { answerCounts, RoundNotFound, useRound, useSafeUpdate } from './shared';
import './assessment.css';

type Mode = 'statement' | 'theme';
type Stage =
  | { step: 'handover'; message?: string }
  | {
      step: 'answering';
      respondentId: string;
      role?: string;
      mode: Mode;
      index: number;
    };

export function toLikert(answer: Answer | undefined, statement: StatementInfo): LikertAnswer | null {
  if (answer === undefined || answer === null) return null;
  if (answer === 'not-applicable') return { kind: 'not-applicable' };
  if (answer === 'dont-know') return { kind: 'dont-know' };
  // "skipped" and any code of an imported spreadsheet's own are not points on the scale.
  if (typeof answer !== 'number') return null;
  return { kind: 'scale', value: answer - statement.scale.min + 1 };
}

export function fromLikert(answer: LikertAnswer | null, statement: StatementInfo): Answer {
  if (answer === null) return null;
  return answer.kind === 'scale' ? answer.value - 1 + statement.scale.min : answer.kind;
}

export default function DevicePage({ params }: ToolPageProps) {
  const context = useRound(params.roundId);
  const [stage, setStage] = useState<Stage>({ step: 'handover' });
  const root = useRef<HTMLDivElement>(null);
  const stageKey = stage.step === 'answering' ? `${stage.respondentId}-${stage.mode}-${stage.index}` : `handover-${stage.message ?? ''}`;
  useEffect(() => {
    // After every step, focus goes to the heading, so a screen reader starts at the top of the new screen.
    root.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [stageKey]);

  if (!context) return <RoundNotFound title="Pass the device" />;
  const { round, instrument, responses } = context;
  if (!isOpen(round))
    return (
      <>
        <Heading level={1} caption={round.label}>
          Pass the device
        </Heading>
        <Text>This round is closed, so it takes no more answers.</Text>
      </>
    );

  const handBack = (message: string) => setStage({ step: 'handover', message });
  if (stage.step === 'handover')
    return (
      <div ref={root}>
        <Handover
          roundLabel={round.label}
          counts={answerCounts(responses, instrument.items.length)}
          roles={rolesFor(instrument)}
          message={stage.message}
          onStart={(start) => setStage({ step: 'answering', index: 0, ...start })}
          pathfinderId={round.pathfinderId}
        />
      </div>
    );
  return (
    <div ref={root}>
      <Answering key={stage.respondentId} stage={stage} context={context} onMove={setStage} onHandBack={handBack} />
    </div>
  );
}

function Handover({
  roundLabel,
  counts,
  roles,
  message,
  onStart,
  pathfinderId,
}: {
  roundLabel: string;
  counts: { started: number; finished: number };
  roles: string[];
  message?: string;
  onStart: (start: { respondentId: string; role?: string; mode: Mode }) => void;
  pathfinderId: string;
}) {
  const [mode, setMode] = useState<Mode>('statement');
  const [code, setCode] = useState('');
  const [role, setRole] = useState('');
  return (
    <>
      <Heading level={1} caption={roundLabel} tabIndex={-1}>
        Pass the device
      </Heading>
      {message ? (
        <GentleCallout title="Your answers are saved" tone="reassurance" headingLevel={2}>
          {message}
        </GentleCallout>
      ) : null}
      <p className="assessment-count" aria-live="polite">
        {counts.started === 1 ? '1 person has answered so far' : `${counts.started} people have answered so far`}
      </p>
      <Text>
        Hand the device to the next person. Each person answers on their own; when they hand it back the screen is cleared, and nobody sees anyone else’s answers. The
        facilitator sees how many people have answered, never what.
      </Text>
      <form
        className="assessment-stack assessment-device"
        onSubmit={(event) => {
          event.preventDefault();
          const respondentId = code.trim() ? respondentIdFromCode(pathfinderId, code) : randomRespondentId();
          onStart({ respondentId, mode, ...(role ? { role } : {}) });
        }}
      >
        <Heading level={2}>When it is your turn</Heading>
        <RadioGroup
          label="How would you like to answer?"
          name="device-mode"
          value={mode}
          onChange={(value) => setMode(value as Mode)}
          options={[
            { value: 'statement', label: 'One statement at a time' },
            {
              value: 'theme',
              label: 'A theme at a time',
              hint: 'All the statements about one theme on one screen.',
            },
          ]}
        />
        <TextInput
          id="device-code"
          label="A code word only you know (optional)"
          hint="Use the same word at the follow-up and your answers can be compared with your own, without your name. It also lets you carry on later. Leave it blank if you prefer."
          autoComplete="off"
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        {roles.length > 0 ? (
          <Select
            id="device-role"
            label="Your job role (optional)"
            hint="It helps plan training at the level your role needs."
            placeholderOption="I would rather not say"
            options={roles.map((r) => ({ value: r, label: r }))}
            value={role}
            onChange={(event) => setRole(event.target.value)}
          />
        ) : null}
        <Button type="submit">Start my answers</Button>
      </form>
    </>
  );
}

function Answering({
  stage,
  context,
  onMove,
  onHandBack,
}: {
  stage: Extract<Stage, { step: 'answering' }>;
  context: NonNullable<ReturnType<typeof useRound>>;
  onMove: (stage: Stage) => void;
  onHandBack: (message: string) => void;
}) {
  const { workspace } = useWorkspace();
  const { apply, issues } = useSafeUpdate();
  const { round, instrument } = context;
  const statements = statementsOf(instrument);
  const byId = new Map(statements.map((s) => [s.id, s]));
  const sections = sectionsOf(instrument);
  const sectionOf = new Map(sections.flatMap((s) => s.statementIds.map((id) => [id, s.title] as const)));
  const pages =
    stage.mode === 'statement' ? statements.map((s) => ({ title: sectionOf.get(s.id) ?? instrument.title, ids: [s.id] })) : sections.map((s) => ({ title: s.title, ids: s.statementIds }));
  const page = pages[stage.index]!;
  const mine = workspace.responses.find((r) => r.id === `${round.id}-${stage.respondentId}`);
  const answered = mine ? Object.values(mine.answers).filter((a) => a !== null).length : 0;
  const last = stage.index === pages.length - 1;
  const go = (index: number) => onMove({ ...stage, index });

  const caption = stage.mode === 'statement' ? `Statement ${stage.index + 1} of ${pages.length}` : `Theme ${stage.index + 1} of ${pages.length}`;
  return (
    <>
      <Heading level={1} caption={caption} tabIndex={-1}>
        {page.title}
      </Heading>
      {issues}
      <Text tone="secondary">
        You have answered {answered} of {statements.length}. Each answer is saved as you go.
      </Text>
      <div className="assessment-stack">
        {page.ids.map((id) => {
          const statement = byId.get(id)!;
          return (
            <LikertScale
              key={id}
              name={`answer-${id}`}
              question={statement.text}
              labels={statement.scale.labels.map((l) => l.label)}
              notApplicable={statement.offersOutside}
              dontKnow={statement.offersOutside}
              clearable
              value={toLikert(mine?.answers[id], statement)}
              onChange={(answer) => apply((ws) => saveAnswer(ws, round.id, stage.respondentId, id, fromLikert(answer, statement), today(), stage.role))}
            />
          );
        })}
      </div>
      <div className="assessment-actions">
        {stage.index > 0 ? (
          <Button variant="secondary" onClick={() => go(stage.index - 1)}>
            Previous
          </Button>
        ) : null}
        {last ? (
          <Button onClick={() => onHandBack('Thank you. Please hand the device back: the screen is clear for the next person.')}>Finish and hand back</Button>
        ) : (
          <Button onClick={() => go(stage.index + 1)}>Next</Button>
        )}
        <Button
          variant="quiet"
          onClick={() => onHandBack('Your answers so far are kept. To carry on later, start again with the same code word. The screen is clear for the next person.')}
        >
          Pause and hand back
        </Button>
      </div>
    </>
  );
}
