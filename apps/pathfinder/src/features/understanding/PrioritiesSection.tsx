// The priorities agreed at the event, in ranked order, each linked to at least one theme.
import type { FormEvent } from 'react';
import type { JourneyMap, LensEvent } from '@nttp/domain';
import { Button, CheckboxGroup, Heading, Text, Textarea } from '@nttp/ui';
import { useForm } from './form';
import { RemoveButton } from './RemoveButton';
import { SaveButtons } from './SaveButtons';
import { THEME_OPTIONS, nextId, themeName } from './kit';
import { changeMap, mapIds, movePriority, putPriority, ranked, removePriority } from './understanding-edits';

const EMPTY_PRIORITY = { id: '', description: '', themeIds: [] as readonly string[] };

export function PrioritiesSection({ event, map }: { event: LensEvent; map: JourneyMap }) {
  const form = useForm('priority', EMPTY_PRIORITY);
  const editing = form.values.id !== '';
  const priorities = ranked(map.priorities);
  const change = (edit: (m: JourneyMap) => JourneyMap) => form.apply((ws) => changeMap(ws, event.id, map.id, edit));

  const save = (submit: FormEvent) => {
    submit.preventDefault();
    const { id, description, themeIds } = form.values;
    const priority = { id: id || nextId('priority', mapIds(map)), description, themeIds: [...themeIds] as JourneyMap['priorities'][number]['themeIds'] };
    if (change((m) => putPriority(m, priority))) {
      form.reset(EMPTY_PRIORITY);
      document.getElementById('priorities-heading')?.focus();
    }
  };
  const move = (id: string, by: -1 | 1) => {
    change((m) => movePriority(m, id, by));
    // Keep focus with the moved priority: the same button, or the other one once it reaches an end.
    const same = `priority-${id}-${by < 0 ? 'up' : 'down'}`;
    const other = `priority-${id}-${by < 0 ? 'down' : 'up'}`;
    setTimeout(() => (document.getElementById(same) ?? document.getElementById(other))?.focus(), 0);
  };

  return (
    <section aria-labelledby="priorities-heading">
      <Heading level={2} id="priorities-heading" tabIndex={-1}>
        Priorities agreed ({priorities.length})
      </Heading>
      {priorities.length === 0 ? (
        <Text>No priorities agreed yet. Add them in the order the room agreed; you can change the order later.</Text>
      ) : (
        <ol className="understanding-priorities">
          {priorities.map((p, index) => (
            <li key={p.id}>
              <strong>{p.description}</strong>
              <Text size="s" tone="secondary">
                Rank {p.rank} · {p.themeIds.map(themeName).join(', ')}
              </Text>
              <span className="understanding-actions">
                {index > 0 ? (
                  <Button variant="quiet" id={`priority-${p.id}-up`} onClick={() => move(p.id, -1)}>
                    Move up{' '}<span className="nttp-visually-hidden">‘{p.description}’</span>
                  </Button>
                ) : null}
                {index < priorities.length - 1 ? (
                  <Button variant="quiet" id={`priority-${p.id}-down`} onClick={() => move(p.id, 1)}>
                    Move down{' '}<span className="nttp-visually-hidden">‘{p.description}’</span>
                  </Button>
                ) : null}
                <Button
                  variant="quiet"
                  onClick={() => {
                    form.reset({ id: p.id, description: p.description, themeIds: p.themeIds });
                    setTimeout(() => document.getElementById('priority-description')?.focus(), 0);
                  }}
                >
                  Change{' '}<span className="nttp-visually-hidden">the priority ‘{p.description}’</span>
                </Button>
                <RemoveButton what={`the priority ‘${p.description}’`} focusAfter="priorities-heading" onConfirm={() => change((m) => removePriority(m, p.id))} />
              </span>
            </li>
          ))}
        </ol>
      )}
      <Heading level={3}>{editing ? 'Change the priority' : 'Add a priority'}</Heading>
      <form onSubmit={save} noValidate className="understanding-form">
        {form.summary}
        <Textarea label="Priority" rows={2} {...form.text('description')} />
        <CheckboxGroup label="Themes" hint="Choose at least one." options={THEME_OPTIONS} {...form.choices('themeIds')} />
        <SaveButtons editing={editing} addText="Add the priority" saveText="Save the priority" onStop={() => form.reset(EMPTY_PRIORITY)} />
      </form>
    </section>
  );
}
