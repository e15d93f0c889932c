// One of a stage's three lists (touchpoints, barriers, positive practice), with a small form to add to it.
import type { FormEvent } from 'react';
import type { JourneyMap, LensEvent } from '@nttp/domain';
import { Button, Heading, Text } from '@nttp/ui';
import { useForm } from './form';
import { RemoveButton } from './RemoveButton';
import { nextId, principleName, themeName } from './kit';
import { NoteEditor } from './NoteEditor';
import { LIST_TEXT, NoteFields, noteFromValues, type NoteValues } from './NoteFields';
import { addToStage, changeMap, mapIds, removeFromStage, type StageList } from './understanding-edits';

type Stage = JourneyMap['stages'][number];


export function StageNotes({ event, map, stage, list }: { event: LensEvent; map: JourneyMap; stage: Stage; list: StageList }) {
  const base = `${stage.id}-${list}`;
  const form = useForm<NoteValues>(base, { description: '', who: '', themeIds: [], principleIds: [] });
  const text = LIST_TEXT[list];
  const items = stage[list] as { id: string; description: string; who?: string; themeIds?: string[]; principleIds?: string[] }[];

  const add = (submit: FormEvent) => {
    submit.preventDefault();
    const id = nextId(list === 'touchpoints' ? 'touchpoint' : list === 'barriers' ? 'barrier' : 'practice', mapIds(map));
    const item = noteFromValues(list, id, form.values);
    if (form.apply((ws) => changeMap(ws, event.id, map.id, (m) => addToStage(m, stage.id, list, item as never)))) form.reset();
  };

  return (
    <div className={`understanding-stage__list understanding-stage__list--${list}`}>
      <Heading level={4} id={`${base}-heading`} tabIndex={-1}>
        {text.title}
      </Heading>
      {items.length === 0 ? (
        <Text tone="secondary">{text.empty}</Text>
      ) : (
        <ul className="understanding-list">
          {items.map((item) => (
            <li key={item.id}>
              {item.description}
              {item.who ? ` (${item.who})` : ''}
              {item.themeIds?.length || item.principleIds?.length ? (
                <Text size="s" tone="secondary">
                  {[...(item.themeIds ?? []).map(themeName), ...(item.principleIds ?? []).map(principleName)].join(' · ')}
                </Text>
              ) : null}{' '}
              <RemoveButton
                what={`the ${text.one} ‘${item.description.slice(0, 40)}’`}
                focusAfter={`${base}-heading`}
                onConfirm={() => form.apply((ws) => changeMap(ws, event.id, map.id, (m) => removeFromStage(m, stage.id, list, item.id)))}
              />
              <NoteEditor event={event} map={map} stage={stage} list={list} item={item} />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate className="understanding-form" aria-label={`Add a ${text.one} to ${stage.name}`}>
        {form.summary}
        <NoteFields form={form} list={list} label={`Add a ${text.one}`} />
        <div>
          <Button type="submit" variant="secondary">
            Add{' '}<span className="nttp-visually-hidden">the {text.one} to {stage.name}</span>
          </Button>
        </div>
      </form>
    </div>
  );
}
