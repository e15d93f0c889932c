// A journey map: the stages one fictional person passes through, what happens at each (touchpoints),
// what gets in the way (barriers), what already works (positive practice), and the priorities the room
// agreed, ranked and linked to themes.
import type { FormEvent } from 'react';
import type { JourneyMap, LensEvent } from '@nttp/domain';
import { Button, Details, Heading, Link, Stack, Text, TextInput } from '@nttp/ui';
import type { ToolPageProps } from '../types';
import { useWorkspace } from '../../workspace/context';
import { useForm } from './form';
import { RemoveButton } from './RemoveButton';
import { NotFound } from './NotFound';
import { nextId } from './kit';
import { changeMap, findEvent, mapIds, moveStage, putStage, removeStage, renameStage } from './understanding-edits';
import { StageNotes } from './StageNotes';
import { PrioritiesSection } from './PrioritiesSection';
import './understanding.css';

export default function JourneyMapPage({ params }: ToolPageProps) {
  const { workspace, href } = useWorkspace();
  const event = findEvent(workspace, params.eventId ?? '');
  const map = event?.journeyMaps.find((m) => m.id === params.mapId);
  if (!event || !map) return <NotFound what="This journey map" backHref={href('lens-events')} backText="See the lens events" />;
  const vignette = event.vignettes.find((v) => v.id === map.vignetteId);
  return (
    <Stack gap={7}>
      <div>
        <Heading level={1} caption={event.title} id="map-heading" tabIndex={-1}>
          {map.title}
        </Heading>
        {vignette ? <Text lead>Following {vignette.title}: {vignette.summary}</Text> : null}
        <Text>
          <Link href={href(`lens-events/${event.id}`)}>Back to the event</Link>
        </Text>
      </div>
      <section aria-labelledby="stages-heading">
        <Heading level={2} id="stages-heading" tabIndex={-1}>
          Stages ({map.stages.length})
        </Heading>
        <Stack gap={5}>
          {map.stages.map((stage, index) => (
            <Stage key={stage.id} event={event} map={map} stageId={stage.id} number={index + 1} last={index === map.stages.length - 1} />
          ))}
          <AddStage event={event} map={map} />
        </Stack>
      </section>
      <PrioritiesSection event={event} map={map} />
    </Stack>
  );
}

function Stage({ event, map, stageId, number, last }: { event: LensEvent; map: JourneyMap; stageId: string; number: number; last: boolean }) {
  const form = useForm(`stage-${stageId}`, {}, { anchor: `stage-${stageId}-heading` });
  const stage = map.stages.find((s) => s.id === stageId)!;
  const move = (by: -1 | 1) => {
    form.apply((ws) => changeMap(ws, event.id, map.id, (m) => moveStage(m, stage.id, by)));
    // the stage's section moves with it; its heading keeps focus so keyboard users stay where they were
    setTimeout(() => document.getElementById(`stage-${stageId}-heading`)?.focus(), 0);
  };
  return (
    <section aria-labelledby={`stage-${stageId}-heading`} className="understanding-stage">
      <Heading level={3} id={`stage-${stageId}-heading`} tabIndex={-1} caption={`Stage ${number}`}>
        {stage.name}
      </Heading>
      {form.summary}
      <div className="understanding-stage__lists">
        <StageNotes event={event} map={map} stage={stage} list="touchpoints" />
        <StageNotes event={event} map={map} stage={stage} list="barriers" />
        <StageNotes event={event} map={map} stage={stage} list="positivePractice" />
      </div>
      <RenameStage event={event} map={map} stage={stage} />
      <div className="understanding-stage__actions">
        {number > 1 ? (
          <Button variant="quiet" onClick={() => move(-1)}>
            Move earlier{' '}<span className="nttp-visually-hidden">the stage ‘{stage.name}’</span>
          </Button>
        ) : null}
        {last ? null : (
          <Button variant="quiet" onClick={() => move(1)}>
            Move later{' '}<span className="nttp-visually-hidden">the stage ‘{stage.name}’</span>
          </Button>
        )}
        <RemoveButton what={`the stage ‘${stage.name}’`} focusAfter="stages-heading" onConfirm={() => form.apply((ws) => changeMap(ws, event.id, map.id, (m) => removeStage(m, stage.id)))} />
      </div>
    </section>
  );
}

function RenameStage({ event, map, stage }: { event: LensEvent; map: JourneyMap; stage: JourneyMap['stages'][number] }) {
  const form = useForm(`stage-${stage.id}-rename`, { name: stage.name });
  const rename = (submit: FormEvent) => {
    submit.preventDefault();
    form.apply((ws) => changeMap(ws, event.id, map.id, (m) => renameStage(m, stage.id, form.values.name)));
  };
  return (
    <Details summary="Rename this stage">
      <form onSubmit={rename} noValidate className="understanding-form" aria-label={`Rename the stage ‘${stage.name}’`}>
        {form.summary}
        <TextInput label="Stage name" {...form.text('name')} />
        <div>
          <Button type="submit" variant="secondary">
            Save the name
          </Button>
        </div>
      </form>
    </Details>
  );
}

function AddStage({ event, map }: { event: LensEvent; map: JourneyMap }) {
  const form = useForm('stage', { name: '' });
  const add = (submit: FormEvent) => {
    submit.preventDefault();
    const stage = { id: nextId('stage', mapIds(map)), name: form.values.name, touchpoints: [], barriers: [], positivePractice: [] };
    if (form.apply((ws) => changeMap(ws, event.id, map.id, (m) => putStage(m, stage)))) form.reset();
  };
  return (
    <form onSubmit={add} noValidate className="understanding-form" aria-label="Add a stage">
      {form.summary}
      <TextInput label="Next stage" hint="Such as ‘First contact’ or ‘Ongoing support’." {...form.text('name')} />
      <div>
        <Button type="submit" variant="secondary">
          Add the stage
        </Button>
      </div>
    </form>
  );
}
