// One TIPIG meeting: who came, notes and decisions, and the actions agreed (owner, due date, status).
import type { FormEvent } from 'react';
import type { Tipig, TipigMeeting } from '@nttp/domain';
import { Button, CheckboxGroup, Heading, Link, Select, Stack, Text, TextInput, Textarea } from '@nttp/ui';
import type { ToolPageProps } from '../types';
import { useWorkspace } from '../../workspace/context';
import { useForm } from '../understanding/form';
import { NotFound } from '../understanding/NotFound';
import { RemoveButton } from '../understanding/RemoveButton';
import { SaveButtons } from '../understanding/SaveButtons';
import { WORK_STATUS_OPTIONS, WORK_STATUS_TEXT, joinLines, lines, nextId, optional, readableDate, removeById, replaceById } from '../understanding/kit';
import { putMeeting, putTipig, tipigOf } from './tipig-edits';
import './tipig.css';

export default function MeetingPage({ params }: ToolPageProps) {
  const { workspace, href } = useWorkspace();
  const tipig = tipigOf(workspace);
  const meeting = tipig?.meetings.find((m) => m.id === params.meetingId);
  if (!tipig || !meeting) return <NotFound what="This meeting" backHref={href('tipig')} backText="See the group’s meetings" />;
  return (
    <Stack gap={7}>
      <div>
        <Heading level={1} caption={tipig.name} id="meeting-heading" tabIndex={-1}>
          Meeting on {readableDate(meeting.date)}
        </Heading>
        <Text>
          <Link href={href('tipig')}>Back to the group</Link>
        </Text>
      </div>
      <MeetingRecord key={meeting.id} tipig={tipig} meeting={meeting} />
      <Actions tipig={tipig} meeting={meeting} />
    </Stack>
  );
}

function MeetingRecord({ tipig, meeting }: { tipig: Tipig; meeting: TipigMeeting }) {
  const form = useForm('meeting', {
    date: meeting.date,
    attendeeIds: meeting.attendeeIds as readonly string[],
    supporters: joinLines(meeting.supporters),
    notes: meeting.notes ?? '',
    decisions: joinLines(meeting.decisions),
  });
  const save = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const { notes: _n, ...rest } = meeting;
    const notes = optional(v.notes);
    const next: TipigMeeting = { ...rest, date: v.date, attendeeIds: [...v.attendeeIds], supporters: lines(v.supporters), ...(notes ? { notes } : {}), decisions: lines(v.decisions) };
    form.apply((ws) => putTipig(ws, putMeeting(tipig, next)));
  };
  return (
    <section aria-labelledby="record-heading">
      <Heading level={2} id="record-heading">
        Who came and what was decided
      </Heading>
      <form onSubmit={save} noValidate className="tipig-form">
        {form.summary}
        <TextInput label="Date" type="date" width="10" {...form.text('date')} />
        <CheckboxGroup label="Members who came" options={tipig.members.map((m) => ({ value: m.id, label: `${m.name} (${m.role})` }))} {...form.choices('attendeeIds')} />
        <Textarea label="Supporters who came" hint="One a line, by role, such as ‘Pathfinder lead’." rows={2} {...form.text('supporters')} />
        <Textarea label="Notes" hint="Optional." rows={4} {...form.text('notes')} />
        <Textarea label="Decisions" hint="One a line." rows={3} {...form.text('decisions')} />
        <div>
          <Button type="submit">Save the meeting</Button>
        </div>
      </form>
    </section>
  );
}

const EMPTY_ACTION = { id: '', description: '', ownerId: '', due: '', status: 'not-started' };

function Actions({ tipig, meeting }: { tipig: Tipig; meeting: TipigMeeting }) {
  // The first member is chosen to begin with, so an action always has an owner.
  const empty = { ...EMPTY_ACTION, ownerId: tipig.members[0]!.id };
  const form = useForm('action', empty);
  const editing = form.values.id !== '';
  const ownerName = (id: string) => tipig.members.find((m) => m.id === id)?.name ?? id;
  const saveActions = (actions: TipigMeeting['actions']) => form.apply((ws) => putTipig(ws, putMeeting(tipig, { ...meeting, actions })));

  const save = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const taken = tipig.meetings.flatMap((m) => m.actions.map((a) => a.id));
    const action = { id: v.id || nextId('action', taken), description: v.description, ownerId: v.ownerId, due: v.due, status: v.status as TipigMeeting['actions'][number]['status'] };
    if (saveActions(replaceById(meeting.actions, action))) {
      form.reset(empty);
      document.getElementById('actions-heading')?.focus();
    }
  };

  return (
    <section aria-labelledby="actions-heading">
      <Heading level={2} id="actions-heading" tabIndex={-1}>
        Actions ({meeting.actions.length})
      </Heading>
      {meeting.actions.length === 0 ? (
        <Text>No actions from this meeting yet.</Text>
      ) : (
        <ul className="tipig-list">
          {meeting.actions.map((a) => (
            <li key={a.id}>
              <strong>{a.description}</strong>
              <Text size="s" tone="secondary">
                {ownerName(a.ownerId)} · due {readableDate(a.due)} · {WORK_STATUS_TEXT[a.status]}
              </Text>
              <span className="tipig-actions">
                <Button
                  variant="quiet"
                  onClick={() => {
                    form.reset({ id: a.id, description: a.description, ownerId: a.ownerId, due: a.due, status: a.status });
                    setTimeout(() => document.getElementById('action-description')?.focus(), 0);
                  }}
                >
                  Change{' '}<span className="nttp-visually-hidden">the action ‘{a.description}’</span>
                </Button>
                <RemoveButton what={`the action ‘${a.description}’`} focusAfter="actions-heading" onConfirm={() => saveActions(removeById(meeting.actions, a.id))} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <Heading level={3}>{editing ? 'Change the action' : 'Add an action'}</Heading>
      <form onSubmit={save} noValidate className="tipig-form">
        {form.summary}
        <Textarea label="Action" rows={2} {...form.text('description')} />
        <Select label="Who will do it" options={tipig.members.map((m) => ({ value: m.id, label: m.name }))} {...form.text('ownerId')} />
        <TextInput label="Due" type="date" width="10" {...form.text('due')} />
        <Select label="Status" options={WORK_STATUS_OPTIONS} {...form.text('status')} />
        <SaveButtons editing={editing} addText="Add the action" saveText="Save the action" onStop={() => form.reset(empty)} />
      </form>
    </section>
  );
}
