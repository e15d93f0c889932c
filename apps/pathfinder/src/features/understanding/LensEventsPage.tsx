// The trauma-informed lens events of this pathfinder, and a way to plan a new one.
import type { FormEvent } from 'react';
import type { LensEvent } from '@nttp/domain';
import { Button, Card, Heading, Stack, Text, TextInput } from '@nttp/ui';
import { useForm } from './form';
import { nextId, readableDate } from './kit';
import { putEvent } from './understanding-edits';
import './understanding.css';

export default function LensEventsPage() {
  const form = useForm('lens-event', { title: 'Looking at our service through a trauma lens', date: '' });
  const { workspace, href } = form;

  const plan = (event: FormEvent) => {
    event.preventDefault();
    const lensEvent: LensEvent = {
      id: nextId('lens-event', workspace.lensEvents.map((e) => e.id)),
      pathfinderId: workspace.pathfinder.id,
      title: form.values.title,
      date: form.values.date,
      facilitators: [],
      attendance: { staff: 0, partners: 0, livedExperience: 0 },
      emotionalSupport: [],
      groups: [],
      vignettes: [],
      journeyMaps: [],
      outputs: [],
    };
    if (form.apply((ws) => putEvent(ws, lensEvent))) location.hash = href(`lens-events/${lensEvent.id}`);
  };

  return (
    <Stack gap={6}>
      <div>
        <Heading level={1} caption={workspace.pathfinder.name}>
          TI lens events and journey maps
        </Heading>
        <Text lead>
          A half-day event where staff, partners and people with lived experience trace fictional people’s journeys through the service, then look
          at them through a trauma lens to find positive practice, barriers, and the priorities to work on.
        </Text>
      </div>
      <section aria-labelledby="lens-events-heading">
        <Heading level={2} id="lens-events-heading">
          Events
        </Heading>
        {workspace.lensEvents.length === 0 ? (
          <Text>No lens event yet.</Text>
        ) : (
          <ul className="understanding-list">
            {workspace.lensEvents.map((e) => (
              <li key={e.id}>
                <Card title={e.title} headingLevel={3} href={href(`lens-events/${e.id}`)}>
                  <Text>
                    {readableDate(e.date)}: {e.attendance.staff + e.attendance.partners + e.attendance.livedExperience} people, {e.vignettes.length} vignettes,{' '}
                    {e.journeyMaps.length} journey maps.
                  </Text>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="lens-event-new-heading">
        <Heading level={2} id="lens-event-new-heading">
          Plan a lens event
        </Heading>
        <form onSubmit={plan} noValidate className="understanding-form">
          {form.summary}
          <TextInput label="Title" {...form.text('title')} />
          <TextInput label="Date" type="date" width="10" {...form.text('date')} />
          <div>
            <Button type="submit">Plan the event</Button>
          </div>
        </form>
      </section>
    </Stack>
  );
}
