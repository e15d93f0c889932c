// Changing a note already on a journey-map stage, folded away under "Change this …" so the map stays easy
// to read; a refusal (an empty note, say) keeps what was typed and changes nothing.
import type { FormEvent } from 'react';
import { toSafeDomId, type JourneyMap, type LensEvent } from '@nttp/domain';
import { Button, Details } from '@nttp/ui';
import { useForm } from './form';
import { LIST_TEXT, NoteFields, noteFromValues, type NoteValues } from './NoteFields';
import { changeMap, replaceInStage, type StageList } from './understanding-edits';

type Stage = JourneyMap['stages'][number];
type Note = { id: string; description: string; who?: string; themeIds?: string[]; principleIds?: string[] };

export function NoteEditor({ event, map, stage, list, item }: { event: LensEvent; map: JourneyMap; stage: Stage; list: StageList; item: Note }) {
  const one = LIST_TEXT[list].one;
  const form = useForm<NoteValues>(toSafeDomId(item.id, 'change'), {
    description: item.description,
    who: item.who ?? '',
    themeIds: item.themeIds ?? [],
    principleIds: item.principleIds ?? [],
  });
  const save = (submit: FormEvent) => {
    submit.preventDefault();
    const changed = noteFromValues(list, item.id, form.values);
    form.apply((ws) => changeMap(ws, event.id, map.id, (m) => replaceInStage(m, stage.id, list, changed as never)));
  };
  return (
    <Details summary={`Change this ${one}`} className="understanding-note-editor">
      <form onSubmit={save} noValidate className="understanding-form" aria-label={`Change the ${one} ‘${item.description.slice(0, 40)}’`}>
        {form.summary}
        <NoteFields form={form} list={list} label={one[0]!.toUpperCase() + one.slice(1)} />
        <div>
          <Button type="submit" variant="secondary">
            Save the change
          </Button>
        </div>
      </form>
    </Details>
  );
}
