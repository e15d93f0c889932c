// A training plan: modules, cohorts with their protected time and support, and gaps; editable (rename a
// cohort, set its start, move people) and printable.
import { useState } from 'react';
import { NES_LEVELS, type TrainingPlan } from '@nttp/domain';
import { Button, Heading, Link, Select, Text, TextInput } from '@nttp/ui';
import type { ToolPageProps } from '../types';
import { useWorkspace } from '../../workspace/context';
import { DataTable } from '../assessment/Chart';
import { useSafeUpdate } from '../assessment/shared';
import { addCohortLike, changeCohort, changePlan, movePerson, removeEmptyCohort } from './plan-edits';
import '../assessment/assessment.css';

const SCAFFOLDING_TEXT: Record<TrainingPlan['cohorts'][number]['scaffolding'][number]['kind'], string> = {
  'team-meeting-cohort-time': 'Protected time in team meetings',
  'peer-support': 'Peer support',
  coaching: 'Coaching',
  'clinical-supervision': 'Clinical supervision',
};
const levelName = (id: string) => NES_LEVELS.find((l) => l.id === id)?.name ?? id;

export default function PlanPage({ params }: ToolPageProps) {
  const { workspace, href } = useWorkspace();
  const { apply, issues } = useSafeUpdate();
  const plan = workspace.trainingPlans.find((p) => p.id === params.planId);
  const [editing, setEditing] = useState(false);
  if (!plan)
    return (
      <>
        <Heading level={1}>Training plan</Heading>
        <Text>
          We could not find this plan in the workspace. <Link href={href('training')}>Go to the training needs analysis</Link>
        </Text>
      </>
    );
  const round = workspace.assessmentRounds.find((r) => r.id === plan.roundId);
  const edit = (change: (p: TrainingPlan) => TrainingPlan) => apply((ws) => changePlan(ws, plan.id, change));
  const moduleOf = new Map(plan.modules.map((m) => [m.id, m]));

  return (
    <div className="assessment-print">
      <Heading level={1} caption={round ? `From ${round.label}` : undefined}>
        Training plan
      </Heading>
      {issues}
      <div className="assessment-actions assessment-no-print">
        <Button onClick={() => window.print()}>Print the plan</Button>
        <Button variant="secondary" onClick={() => setEditing((e) => !e)} aria-pressed={editing}>
          {editing ? 'Done changing' : 'Change the plan'}
        </Button>
      </div>
      <Text>
        Drawn up on {plan.createdOn}. People are shown by their code, never their name. {plan.cohorts.length} {plan.cohorts.length === 1 ? 'cohort' : 'cohorts'};{' '}
        {plan.cohorts.reduce((n, c) => n + c.respondentIds.length, 0)} places in all (someone who needs more than one level has a place in each).
      </Text>
      <Heading level={2}>Modules</Heading>
      <DataTable caption="Training modules in this plan" columns={[{ label: 'Module' }, { label: 'NES level' }, { label: 'Format' }, { label: 'Hours', numeric: true }]}>
        {plan.modules.map((m) => (
          <tr key={m.id}>
            <th scope="row">
              {m.title}
              {m.provider ? ` (${m.provider})` : ''}
            </th>
            <td>{levelName(m.level)}</td>
            <td>{m.format.replace('-', ' ')}</td>
            <td className="assessment-number">{m.hours ?? 'Not given'}</td>
          </tr>
        ))}
      </DataTable>
      {plan.cohorts.map((cohort) => (
        <section key={cohort.id} aria-labelledby={`cohort-${cohort.id}`}>
          <Heading level={2} id={`cohort-${cohort.id}`}>
            {cohort.name}
          </Heading>
          <Text>
            {levelName(cohort.level)} level, {cohort.respondentIds.length} {cohort.respondentIds.length === 1 ? 'person' : 'people'}
            {cohort.startsOn ? `, starting ${cohort.startsOn}` : ', start date not set yet'}. Modules: {cohort.moduleIds.map((id) => moduleOf.get(id)?.title ?? id).join('; ')}.
          </Text>
          <Heading level={3}>Protected time and support</Heading>
          <ul className="assessment-statement-list">
            {cohort.scaffolding.map((s) => (
              <li key={s.kind}>
                <strong>{SCAFFOLDING_TEXT[s.kind]}</strong>: {s.description}
              </li>
            ))}
          </ul>
          {editing ? (
            <CohortEditor plan={plan} cohortId={cohort.id} onEdit={edit} />
          ) : (
            <Text tone="secondary">People: {cohort.respondentIds.join(', ') || 'nobody yet'}</Text>
          )}
        </section>
      ))}
      {plan.gaps.length > 0 ? (
        <>
          <Heading level={2}>Needs no cohort meets</Heading>
          <ul className="assessment-statement-list">
            {plan.gaps.map((g) => (
              <li key={`${g.role}-${g.level}`}>
                {g.people} {g.people === 1 ? 'person' : 'people'} ({g.role}) at the {levelName(g.level)} level: to be arranged one to one.
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function CohortEditor({ plan, cohortId, onEdit }: { plan: TrainingPlan; cohortId: string; onEdit: (change: (p: TrainingPlan) => TrainingPlan) => boolean }) {
  const cohort = plan.cohorts.find((c) => c.id === cohortId)!;
  const [name, setName] = useState(cohort.name);
  const [startsOn, setStartsOn] = useState(cohort.startsOn ?? '');
  const sameLevel = plan.cohorts.filter((c) => c.level === cohort.level);
  return (
    <div className="assessment-stack assessment-no-print assessment-device">
      <form
        className="assessment-stack"
        onSubmit={(event) => {
          event.preventDefault();
          onEdit((p) => changeCohort(p, cohort.id, { name, startsOn: startsOn || undefined }));
        }}
      >
        <TextInput id={`name-${cohort.id}`} label="Name of the cohort" value={name} onChange={(e) => setName(e.target.value)} />
        <TextInput id={`starts-${cohort.id}`} label="Starts on" type="date" width="10" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        <Button type="submit" variant="secondary">
          Save name and date
        </Button>
      </form>
      {cohort.respondentIds.length > 0 ? (
        <DataTable caption={`People in ${cohort.name}`} columns={[{ label: 'Person (code)' }, { label: 'Cohort' }]}>
          {cohort.respondentIds.map((id) => (
            <tr key={id}>
              <th scope="row">{id}</th>
              <td>
                <Select
                  id={`move-${cohort.id}-${id}`}
                  label={`Cohort for ${id}`}
                  value={cohort.id}
                  onChange={(e) => onEdit((p) => movePerson(p, id, cohort.id, e.target.value))}
                  options={sameLevel.map((c) => ({ value: c.id, label: c.name }))}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <Text>Nobody is in this cohort yet: move people here from another {levelName(cohort.level)} cohort.</Text>
      )}
      <div className="assessment-actions">
        <Button variant="secondary" onClick={() => onEdit((p) => addCohortLike(p, cohort.id))}>
          Add another {levelName(cohort.level)} cohort
        </Button>
        {cohort.respondentIds.length === 0 ? (
          <Button variant="quiet" onClick={() => onEdit((p) => removeEmptyCohort(p, cohort.id))}>
            Remove this empty cohort
          </Button>
        ) : null}
      </div>
    </div>
  );
}
