// The implementation group: its charter, its members (a name and role each person agrees to share, no
// more) and its meetings.
import type { FormEvent } from 'react';
import type { Tipig, TipigMember } from '@nttp/domain';
import { Button, Card, Details, GentleCallout, Heading, Select, Stack, SummaryList, Text, TextInput } from '@nttp/ui';
import { useForm } from '../understanding/form';
import { RemoveButton } from '../understanding/RemoveButton';
import { SaveButtons } from '../understanding/SaveButtons';
import { nextId, optional, readableDate, removeById, replaceById } from '../understanding/kit';
import { CharterForm } from './CharterForm';
import { byDateDescending, putTipig, tipigOf } from './tipig-edits';
import './tipig.css';
import { TableFrame } from '../../app/TableFrame';

export default function TipigPage() {
  const form = useForm('tipig-meeting', { date: '' });
  const tipig = tipigOf(form.workspace);
  return (
    <Stack gap={7}>
      <div>
        <Heading level={1} caption={form.workspace.pathfinder.name}>
          {tipig?.name ?? 'Implementation group (TIPIG)'}
        </Heading>
        <Text lead>
          A small group of staff who take the learning from the lens event forward and find solutions to the issues it raised. They meet monthly,
          with support from the pathfinder lead and the evaluation specialist, and agree a charter describing their purpose and role.
        </Text>
      </div>
      {!tipig ? (
        <section aria-labelledby="tipig-start-heading">
          <Heading level={2} id="tipig-start-heading">
            Start the group
          </Heading>
          <CharterForm />
        </section>
      ) : (
        <>
          <section aria-labelledby="charter-heading">
            <Heading level={2} id="charter-heading">
              Charter
            </Heading>
            <SummaryList
              rows={[
                { key: 'Purpose', value: tipig.charter.purpose },
                { key: 'Role', value: tipig.charter.role },
                { key: 'Ways of working', value: <ul>{tipig.charter.waysOfWorking.map((w, i) => <li key={i}>{w}</li>)}</ul> },
                { key: 'Agreed on', value: readableDate(tipig.charter.agreedOn) },
                { key: 'Review on', value: readableDate(tipig.charter.reviewOn) },
              ]}
            />
            <Details summary="Change the charter">
              <CharterForm tipig={tipig} />
            </Details>
          </section>
          <Members tipig={tipig} />
          <section aria-labelledby="meetings-heading">
            <Heading level={2} id="meetings-heading">
              Meetings ({tipig.meetings.length})
            </Heading>
            {tipig.meetings.length === 0 ? <Text>No meetings yet.</Text> : null}
            <ul className="tipig-list">
              {byDateDescending(tipig.meetings).map((meeting) => (
                <li key={meeting.id}>
                  <Card title={`Meeting on ${readableDate(meeting.date)}`} headingLevel={3} href={form.href(`tipig/meetings/${meeting.id}`)}>
                    <Text>
                      {meeting.attendeeIds.length} members came; {meeting.decisions.length} decisions; {meeting.actions.length} actions.
                    </Text>
                  </Card>
                </li>
              ))}
            </ul>
            <form
              noValidate
              className="tipig-form"
              aria-label="Add a meeting"
              onSubmit={(event: FormEvent) => {
                event.preventDefault();
                const meeting = { id: nextId('meeting', tipig.meetings.map((m) => m.id)), date: form.values.date, attendeeIds: [], supporters: [], decisions: [], actions: [] };
                if (form.apply((ws) => putTipig(ws, { ...tipig, meetings: [...tipig.meetings, meeting] }))) location.hash = form.href(`tipig/meetings/${meeting.id}`);
              }}
            >
              {form.summary}
              <TextInput label="Date of the next meeting" type="date" width="10" {...form.text('date')} />
              <div>
                <Button type="submit" variant="secondary">
                  Add the meeting
                </Button>
              </div>
            </form>
          </section>
        </>
      )}
    </Stack>
  );
}

const EMPTY_MEMBER = { id: '', name: '', role: '', serviceId: '', joinedOn: '', leftOn: '' };

function Members({ tipig }: { tipig: Tipig }) {
  const form = useForm('member', EMPTY_MEMBER);
  const { workspace } = form;
  const editing = form.values.id !== '';
  const serviceName = (id?: string) => workspace.services.find((s) => s.id === id)?.name;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const serviceId = optional(v.serviceId);
    const leftOn = optional(v.leftOn);
    const member: TipigMember = {
      id: v.id || nextId('member', tipig.members.map((m) => m.id)),
      name: v.name,
      role: v.role,
      ...(serviceId ? { serviceId } : {}),
      joinedOn: v.joinedOn,
      ...(leftOn ? { leftOn } : {}),
    };
    if (form.apply((ws) => putTipig(ws, { ...tipig, members: replaceById(tipig.members, member) }))) {
      form.reset(EMPTY_MEMBER);
      document.getElementById('members-heading')?.focus();
    }
  };
  const change = (m: TipigMember) => {
    form.reset({ id: m.id, name: m.name, role: m.role, serviceId: m.serviceId ?? '', joinedOn: m.joinedOn, leftOn: m.leftOn ?? '' });
    setTimeout(() => document.getElementById('member-name')?.focus(), 0);
  };

  return (
    <section aria-labelledby="members-heading">
      <Heading level={2} id="members-heading" tabIndex={-1}>
        Members ({tipig.members.length})
      </Heading>
      <GentleCallout title="Only what each person agrees to" headingLevel={3}>
        Keep a name (or initials) and a role that each member has agreed to share, and nothing else: no contact details, and nothing about their
        health or their own experiences.
      </GentleCallout>
      <TableFrame label="Members as a table" className="tipig-table-frame">
        <table className="tipig-table">
          <caption className="nttp-visually-hidden">The group’s members</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Service</th>
              <th scope="col">Joined</th>
              <th scope="col">
                <span className="nttp-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tipig.members.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{m.role}</td>
                <td>{serviceName(m.serviceId) ?? 'Not given'}</td>
                <td>
                  {readableDate(m.joinedOn)}
                  {m.leftOn ? ` (left ${readableDate(m.leftOn)})` : ''}
                </td>
                <td>
                  <span className="tipig-actions">
                    <Button variant="quiet" onClick={() => change(m)}>
                      Change{' '}<span className="nttp-visually-hidden">{m.name}</span>
                    </Button>
                    <RemoveButton
                      what={m.name}
                      focusAfter="members-heading"
                      onConfirm={() => form.apply((ws) => putTipig(ws, { ...tipig, members: removeById(tipig.members, m.id) }))}
                    />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <Heading level={3}>{editing ? `Change ${form.values.name}` : 'Add a member'}</Heading>
      <form onSubmit={save} noValidate className="tipig-form">
        {form.summary}
        <TextInput label="Name" hint="As they agree to be named, such as ‘Aileen M.’." {...form.text('name')} />
        <TextInput label="Role" {...form.text('role')} />
        <Select label="Service" placeholderOption="Not given" options={workspace.services.map((s) => ({ value: s.id, label: s.name }))} {...form.text('serviceId')} />
        <Stack direction="row" gap={4}>
          <TextInput label="Joined on" type="date" width="10" {...form.text('joinedOn')} />
          <TextInput label="Left on" hint="Optional." type="date" width="10" {...form.text('leftOn')} />
        </Stack>
        <SaveButtons editing={editing} addText="Add the member" saveText="Save the member" onStop={() => form.reset(EMPTY_MEMBER)} />
      </form>
    </section>
  );
}
