// Familiarisation conversations: notes on what staff and partners said, grouped by the report's
// discussion topics (Annex A), each linkable to the themes it speaks to.
import type { FormEvent } from 'react';
import { FAMILIARISATION_TOPICS, type FamiliarisationNote } from '@nttp/domain';
import { Button, CheckboxGroup, GentleCallout, Heading, Select, Stack, Text, TextInput, Textarea } from '@nttp/ui';
import { useForm } from './form';
import { RemoveButton } from './RemoveButton';
import { SaveButtons } from './SaveButtons';
import { THEME_OPTIONS, nextId, optional, readableDate, themeName } from './kit';
import { putNote, removeNote } from './understanding-edits';
import './understanding.css';

const EMPTY_NOTE = { id: '', topicId: 'design-and-delivery', withWhom: '', heldOn: '', text: '', themeIds: [] as readonly string[] };
type NoteValues = typeof EMPTY_NOTE;

export function noteFrom(values: NoteValues, taken: readonly string[]): FamiliarisationNote {
  const withWhom = optional(values.withWhom);
  const heldOn = optional(values.heldOn);
  return {
    id: values.id || nextId('note', taken),
    topicId: values.topicId as FamiliarisationNote['topicId'],
    ...(withWhom ? { withWhom } : {}),
    ...(heldOn ? { heldOn } : {}),
    text: values.text,
    themeIds: [...values.themeIds] as FamiliarisationNote['themeIds'],
  };
}

export default function FamiliarisationPage() {
  const form = useForm('note', EMPTY_NOTE);
  const notes = form.workspace.familiarisation.notes;
  const editing = form.values.id !== '';

  const save = (event: FormEvent) => {
    event.preventDefault();
    const note = noteFrom(form.values, notes.map((n) => n.id));
    if (form.apply((ws) => putNote(ws, note))) {
      form.reset(EMPTY_NOTE);
      document.getElementById(`topic-${note.topicId}`)?.focus();
    }
  };
  const change = (note: FamiliarisationNote) => {
    form.reset({ ...EMPTY_NOTE, ...note, withWhom: note.withWhom ?? '', heldOn: note.heldOn ?? '' });
    setTimeout(() => document.getElementById('note-text')?.focus(), 0);
  };

  return (
    <Stack gap={6}>
      <div>
        <Heading level={1} caption={form.workspace.pathfinder.name}>
          Familiarisation conversations
        </Heading>
        <Text lead>
          Before planning, the pathfinder team meets staff and partners to understand the service: how it is designed and delivered, its culture
          and relationships, views on trauma-informed practice, and what helps or gets in the way.
        </Text>
        <GentleCallout title="What to write down" headingLevel={2}>
          Notes record what was said, not who said it. Name a group (‘nursing team’), never a person.
        </GentleCallout>
      </div>
      {FAMILIARISATION_TOPICS.map((topic) => {
        const onTopic = notes.filter((n) => n.topicId === topic.id);
        return (
          <section key={topic.id} aria-labelledby={`topic-${topic.id}`}>
            <Heading level={2} size="m" id={`topic-${topic.id}`} tabIndex={-1}>
              {topic.label} ({onTopic.length})
            </Heading>
            {onTopic.length === 0 ? (
              <Text tone="secondary">No notes on this topic yet.</Text>
            ) : (
              <ul className="understanding-notes">
                {onTopic.map((note) => (
                  <li key={note.id}>
                    <Text>{note.text}</Text>
                    <Text size="s" tone="secondary">
                      {[note.withWhom, readableDate(note.heldOn), note.themeIds.map(themeName).join(', ')].filter(Boolean).join(' · ') || 'No details added'}
                    </Text>
                    <span className="understanding-actions">
                      <Button variant="quiet" onClick={() => change(note)}>
                        Change{' '}<span className="nttp-visually-hidden">the note ‘{note.text.slice(0, 40)}’</span>
                      </Button>
                      <RemoveButton what={`the note ‘${note.text.slice(0, 40)}’`} focusAfter={`topic-${topic.id}`} onConfirm={() => form.apply((ws) => removeNote(ws, note.id))} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <section aria-labelledby="note-form-heading">
        <Heading level={2} id="note-form-heading">
          {editing ? 'Change the note' : 'Add a note'}
        </Heading>
        <form onSubmit={save} noValidate className="understanding-form">
          {form.summary}
          <Select label="Topic" options={FAMILIARISATION_TOPICS.map((t) => ({ value: t.id, label: t.label }))} {...form.text('topicId')} />
          <Textarea label="What was said" {...form.text('text')} />
          <TextInput label="Who the conversation was with" hint="Optional. A group, such as ‘GP partners’, never a person’s name." {...form.text('withWhom')} />
          <TextInput label="When" hint="Optional." type="date" width="10" {...form.text('heldOn')} />
          <CheckboxGroup label="Themes it speaks to" hint="Optional." options={THEME_OPTIONS} {...form.choices('themeIds')} />
          <SaveButtons editing={editing} addText="Add the note" saveText="Save the note" onStop={() => form.reset(EMPTY_NOTE)} />
        </form>
      </section>
    </Stack>
  );
}
