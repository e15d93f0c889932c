// A lens event's groups (who traced which vignettes) and its journey maps.
import type { FormEvent } from 'react';
import type { JourneyMap, LensEvent } from '@nttp/domain';
import { Button, Card, CheckboxGroup, Heading, Select, Text, TextInput } from '@nttp/ui';
import { useForm } from './form';
import { RemoveButton } from './RemoveButton';
import { nextId, optional, removeById } from './kit';
import { putEvent } from './understanding-edits';

export function GroupsSection({ event }: { event: LensEvent }) {
  const form = useForm('group', { name: '', vignetteIds: [] as readonly string[] });
  const add = (submit: FormEvent) => {
    submit.preventDefault();
    const group = { id: nextId('group', event.groups.map((g) => g.id)), name: form.values.name, vignetteIds: [...form.values.vignetteIds] };
    if (form.apply((ws) => putEvent(ws, { ...event, groups: [...event.groups, group] }))) form.reset();
  };
  const titleOf = (id: string) => event.vignettes.find((v) => v.id === id)?.title ?? id;
  return (
    <section aria-labelledby="groups-heading">
      <Heading level={2} id="groups-heading" tabIndex={-1}>
        Groups ({event.groups.length})
      </Heading>
      {event.groups.length === 0 ? (
        <Text>No groups yet.</Text>
      ) : (
        <ul className="understanding-list">
          {event.groups.map((group) => (
            <li key={group.id}>
              <strong>{group.name}</strong>: {group.vignetteIds.map(titleOf).join(', ') || 'no vignettes chosen'}{' '}
              <RemoveButton
                what={`the group ‘${group.name}’`}
                focusAfter="groups-heading"
                onConfirm={() => form.apply((ws) => putEvent(ws, { ...event, groups: removeById(event.groups, group.id) }))}
              />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate className="understanding-form" aria-label="Add a group">
        {form.summary}
        <TextInput label="Group name" hint="Such as ‘Group 1’." {...form.text('name')} />
        {event.vignettes.length > 0 ? (
          <CheckboxGroup label="Vignettes this group follows" options={event.vignettes.map((v) => ({ value: v.id, label: v.title }))} {...form.choices('vignetteIds')} />
        ) : (
          <Text tone="secondary">Add vignettes above to give each group people to follow.</Text>
        )}
        <div>
          <Button type="submit" variant="secondary">
            Add the group
          </Button>
        </div>
      </form>
    </section>
  );
}

export function JourneyMapsSection({ event }: { event: LensEvent }) {
  const form = useForm('journey-map', { title: '', serviceId: '', vignetteId: '', name: 'Referral' });
  const { workspace, href } = form;
  const serviceId = form.values.serviceId || workspace.services[0]!.id;
  const add = (submit: FormEvent) => {
    submit.preventDefault();
    const vignetteId = optional(form.values.vignetteId);
    const map: JourneyMap = {
      id: nextId('journey', event.journeyMaps.map((m) => m.id)),
      title: form.values.title,
      serviceId,
      ...(vignetteId ? { vignetteId } : {}),
      stages: [{ id: 'stage-1', name: form.values.name, touchpoints: [], barriers: [], positivePractice: [] }],
      priorities: [],
    };
    if (form.apply((ws) => putEvent(ws, { ...event, journeyMaps: [...event.journeyMaps, map] }))) location.hash = href(`lens-events/${event.id}/maps/${map.id}`);
  };
  return (
    <section aria-labelledby="maps-heading">
      <Heading level={2} id="maps-heading">
        Journey maps ({event.journeyMaps.length})
      </Heading>
      <Text>A journey map follows one person through the service, stage by stage, and ends with the priorities the room agreed.</Text>
      {event.journeyMaps.length > 0 ? (
        <ul className="understanding-list">
          {event.journeyMaps.map((map) => (
            <li key={map.id}>
              <Card title={map.title} headingLevel={3} href={href(`lens-events/${event.id}/maps/${map.id}`)}>
                <Text>
                  {map.stages.length} stages, {map.priorities.length} priorities agreed.
                </Text>
              </Card>
            </li>
          ))}
        </ul>
      ) : null}
      <Heading level={3}>Start a journey map</Heading>
      <form onSubmit={add} noValidate className="understanding-form">
        {form.summary}
        <TextInput label="Title" hint="Such as ‘Sam’s journey through the service’." {...form.text('title')} />
        <Select label="Service" options={workspace.services.map((s) => ({ value: s.id, label: s.name }))} {...form.text('serviceId')} value={serviceId} />
        {event.vignettes.length > 0 ? (
          <Select label="Following the vignette" placeholderOption="No particular vignette" options={event.vignettes.map((v) => ({ value: v.id, label: v.title }))} {...form.text('vignetteId')} />
        ) : null}
        <TextInput label="The first stage" hint="You can add more stages on the map’s page." {...form.text('name')} />
        <div>
          <Button type="submit" variant="secondary">
            Start the journey map
          </Button>
        </div>
      </form>
    </section>
  );
}
