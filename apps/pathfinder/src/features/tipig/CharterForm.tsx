// The TIPIG's charter: its purpose, its role and how it works. Starting the group also names its first
// member, since a group needs at least one.
import type { FormEvent } from 'react';
import type { Tipig } from '@nttp/domain';
import { Button, Stack, TextInput, Textarea } from '@nttp/ui';
import { useForm } from '../understanding/form';
import { joinLines, lines, nextId, optional } from '../understanding/kit';
import { putTipig } from './tipig-edits';

export function CharterForm({ tipig }: { tipig?: Tipig }) {
  const form = useForm('charter', {
    name: tipig?.name ?? 'Trauma-informed Practice Implementation Group',
    'charter.purpose': tipig?.charter.purpose ?? '',
    'charter.role': tipig?.charter.role ?? '',
    'charter.waysOfWorking': joinLines(tipig?.charter.waysOfWorking),
    'charter.agreedOn': tipig?.charter.agreedOn ?? '',
    'charter.reviewOn': tipig?.charter.reviewOn ?? '',
    'members.0.name': '',
    'members.0.role': '',
  });
  const save = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const reviewOn = optional(v['charter.reviewOn']);
    const charter = { purpose: v['charter.purpose'], role: v['charter.role'], waysOfWorking: lines(v['charter.waysOfWorking']), agreedOn: v['charter.agreedOn'], ...(reviewOn ? { reviewOn } : {}) };
    const next: Tipig = tipig
      ? { ...tipig, name: v.name, charter }
      : {
          id: nextId('tipig', form.workspace.tipigs.map((t) => t.id)),
          pathfinderId: form.workspace.pathfinder.id,
          name: v.name,
          charter,
          members: [{ id: 'member-1', name: v['members.0.name'], role: v['members.0.role'], joinedOn: v['charter.agreedOn'] }],
          meetings: [],
        };
    form.apply((ws) => putTipig(ws, next));
  };
  return (
    <form onSubmit={save} noValidate className="tipig-form">
      {form.summary}
      <TextInput label="The group’s name" {...form.text('name')} />
      <Textarea label="Purpose" hint="Why the group exists, such as ‘To take the learning from the lens event forward’." rows={3} {...form.text('charter.purpose')} />
      <Textarea label="Role" hint="What the group does: how often it meets, what it owns, who it reports to." rows={3} {...form.text('charter.role')} />
      <Textarea label="Ways of working" hint="One a line, such as ‘Everyone’s view counts equally’." rows={4} {...form.text('charter.waysOfWorking')} />
      <Stack direction="row" gap={4}>
        <TextInput label="Agreed on" type="date" width="10" {...form.text('charter.agreedOn')} />
        <TextInput label="Review on" hint="Optional." type="date" width="10" {...form.text('charter.reviewOn')} />
      </Stack>
      {tipig ? null : (
        <Stack direction="row" gap={4}>
          <TextInput label="First member’s name" hint="As they agree to be named, such as ‘Aileen M.’." {...form.text('members.0.name')} />
          <TextInput label="Their role" {...form.text('members.0.role')} />
        </Stack>
      )}
      <div>
        <Button type="submit">{tipig ? 'Save the charter' : 'Start the group'}</Button>
      </div>
    </form>
  );
}
