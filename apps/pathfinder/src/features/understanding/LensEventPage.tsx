// One lens event: its details and attendance, the emotional support arranged, fictional vignettes,
// groups, journey maps and what the event produced.
import type { FormEvent } from 'react';
import type { LensEvent } from '@nttp/domain';
import { Button, Details, Heading, Link, Stack, Text, TextInput, Textarea } from '@nttp/ui';
import type { ToolPageProps } from '../types';
import { useWorkspace } from '../../workspace/context';
import { useForm } from './form';
import { RemoveButton } from './RemoveButton';
import { NotFound } from './NotFound';
import { joinLines, lines, optional, readableDate } from './kit';
import { findEvent, putEvent, removeEvent } from './understanding-edits';
import { VignettesSection } from './VignettesSection';
import { GroupsSection, JourneyMapsSection } from './EventSections';
import './understanding.css';

export default function LensEventPage({ params }: ToolPageProps) {
  const { workspace, href } = useWorkspace();
  const event = findEvent(workspace, params.eventId ?? '');
  if (!event) return <NotFound what="This lens event" backHref={href('lens-events')} backText="See the lens events" />;
  return (
    <Stack gap={7}>
      <div>
        <Heading level={1} caption={`TI lens event, ${readableDate(event.date)}`} id="event-heading" tabIndex={-1}>
          {event.title}
        </Heading>
        <Text>
          <Link href={href('lens-events')}>All lens events</Link>
        </Text>
      </div>
      <EventDetails key={`${event.id}-details`} event={event} />
      <VignettesSection event={event} />
      <GroupsSection event={event} />
      <JourneyMapsSection event={event} />
      <Details summary="Remove this event">
        <RemoveEvent event={event} />
      </Details>
    </Stack>
  );
}

function RemoveEvent({ event }: { event: LensEvent }) {
  const form = useForm('event-remove', {}, { anchor: 'event-heading' });
  return (
    <Stack gap={3}>
      {form.summary}
      <Text>Removing the event also removes its vignettes, groups and journey maps.</Text>
      <div>
        <RemoveButton
          what={`the event ‘${event.title}’`}
          focusAfter="event-heading"
          onConfirm={() => {
            if (form.apply((ws) => removeEvent(ws, event.id))) location.hash = form.href('lens-events');
          }}
        />
      </div>
    </Stack>
  );
}

function EventDetails({ event }: { event: LensEvent }) {
  const form = useForm('event', {
    title: event.title,
    date: event.date,
    durationHours: event.durationHours === undefined ? '' : String(event.durationHours),
    facilitators: joinLines(event.facilitators),
    staff: String(event.attendance.staff),
    partners: String(event.attendance.partners),
    livedExperience: String(event.attendance.livedExperience),
    emotionalSupport: joinLines(event.emotionalSupport),
    outputs: joinLines(event.outputs),
  });
  const save = (submit: FormEvent) => {
    submit.preventDefault();
    const v = form.values;
    const { durationHours: _d, ...rest } = event;
    const hours = optional(v.durationHours);
    const next: LensEvent = {
      ...rest,
      title: v.title,
      date: v.date,
      ...(hours ? { durationHours: Number(hours) } : {}),
      facilitators: lines(v.facilitators),
      attendance: { staff: Number(v.staff || 0), partners: Number(v.partners || 0), livedExperience: Number(v.livedExperience || 0) },
      emotionalSupport: lines(v.emotionalSupport),
      outputs: lines(v.outputs),
    };
    form.apply((ws) => putEvent(ws, next));
  };
  const number = { type: 'number', inputMode: 'numeric', min: 0, width: '5' } as const;
  return (
    <section aria-labelledby="event-details-heading">
      <Heading level={2} id="event-details-heading">
        The event
      </Heading>
      <form onSubmit={save} noValidate className="understanding-form">
        {form.summary}
        <TextInput label="Title" {...form.text('title')} />
        <Stack direction="row" gap={4}>
          <TextInput label="Date" type="date" width="10" {...form.text('date')} />
          <TextInput label="Length in hours" hint="Optional." {...number} inputMode="decimal" step="0.5" {...form.text('durationHours')} />
        </Stack>
        <Textarea label="Facilitators" hint="One a line, by role: ‘Pathfinder lead’." rows={2} {...form.text('facilitators')} />
        <fieldset className="understanding-stage">
          <legend>Who came (numbers only)</legend>
          <Stack direction="row" gap={4}>
            <TextInput label="Staff" {...number} {...form.text('staff')} />
            <TextInput label="Partners" {...number} {...form.text('partners')} />
            <TextInput label="People with lived experience" {...number} {...form.text('livedExperience')} />
          </Stack>
        </fieldset>
        <Textarea
          label="Emotional support arranged"
          hint="One a line: spaces and activities offered on the day for anyone who needs them, such as ‘A quiet room with a support worker’."
          rows={3}
          {...form.text('emotionalSupport')}
        />
        <Textarea label="What the event produced" hint="One a line, such as ‘A “This is me” document’." rows={3} {...form.text('outputs')} />
        <div>
          <Button type="submit">Save the event</Button>
        </div>
      </form>
    </section>
  );
}
