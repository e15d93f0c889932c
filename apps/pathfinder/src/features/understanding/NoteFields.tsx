// The fields of a note on a journey-map stage, shared by the form that adds one and the form that changes
// one: its words, then who is involved (touchpoints) or its themes and principles (barriers, practice).
import { CheckboxGroup, Details, TextInput, Textarea } from '@nttp/ui';
import type { useForm } from './form';
import { PRINCIPLE_OPTIONS, THEME_OPTIONS } from './kit';
import type { StageList } from './understanding-edits';

/** How each list is named on the page. */
export const LIST_TEXT: Record<StageList, { title: string; one: string; empty: string }> = {
  touchpoints: { title: 'What happens (touchpoints)', one: 'touchpoint', empty: 'No touchpoints yet.' },
  barriers: { title: 'What gets in the way (barriers)', one: 'barrier', empty: 'No barriers noted.' },
  positivePractice: { title: 'What works well (positive practice)', one: 'positive practice note', empty: 'No positive practice noted yet.' },
};

export type NoteValues = { description: string; who: string; themeIds: readonly string[]; principleIds: readonly string[] };

export function NoteFields({ form, list, label }: { form: ReturnType<typeof useForm<NoteValues>>; list: StageList; label: string }) {
  return (
    <>
      <Textarea label={label} rows={2} {...form.text('description')} />
      {list === 'touchpoints' ? (
        <TextInput label="Who is involved" hint="Optional. A role, such as ‘Duty worker’." {...form.text('who')} />
      ) : (
        <Details summary="Themes and principles (optional)">
          <CheckboxGroup label="Themes" options={THEME_OPTIONS} {...form.choices('themeIds')} />
          <CheckboxGroup label="Principles" options={PRINCIPLE_OPTIONS} {...form.choices('principleIds')} />
        </Details>
      )}
    </>
  );
}

/** A note as the document keeps it, from the form's values (`id` and anything else kept from `before`). */
export function noteFromValues(list: StageList, id: string, values: NoteValues) {
  const description = values.description;
  if (list === 'touchpoints') {
    const who = values.who.trim();
    return { id, description, ...(who ? { who } : {}) };
  }
  return { id, description, themeIds: [...values.themeIds], principleIds: [...values.principleIds] };
}
