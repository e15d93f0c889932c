// One of a stage's three lists (touchpoints, barriers, positive practice), with a small form to add to it.
import type { FormEvent } from 'react';
import type { JourneyMap, LensEvent } from '@nttp/domain';
import { Button, CheckboxGroup, Details, Heading, Text, TextInput, Textarea } from '@nttp/ui';
import { useForm } from './form';
import { RemoveButton } from './RemoveButton';
import { PRINCIPLE_OPTIONS, THEME_OPTIONS, nextId, optional, principleName, themeName } from './kit';
import { addToStage, changeMap, mapIds, removeFromStage, type StageList } from './understanding-edits';

type Stage = JourneyMap['stages'][number];

const LIST_TEXT: Record<StageList, { title: string; one: string; empty: string }> = {
  touchpoints: { title: 'What happens (touchpoints)', one: 'touchpoint', empty: 'No touchpoints yet.' },
  barriers: { title: 'What gets in the way (barriers)', one: 'barrier', empty: 'No barriers noted.' },
  positivePractice: { title: 'What works well (positive practice)', one: 'positive practice note', empty: 'No positive practice noted yet.' },
};

export function StageNotes({ event, map, stage, list }: { event: LensEvent; map: JourneyMap; stage: Stage; list: StageList }) {
  const base = `${stage.id}-${list}`;
  const form = useForm(base, { description: '', who: '', themeIds: [] as readonly string[], principleIds: [] as readonly string[] });
  const text = LIST_TEXT[list];
  const items = stage[list] as { id: string; description: string; who?: string; themeIds?: string[]; principleIds?: string[] }[];

  const add = (submit: FormEvent) => {
    submit.preventDefault();
    const id = nextId(list === 'touchpoints' ? 'touchpoint' : list === 'barriers' ? 'barrier' : 'practice', mapIds(map));
    const { description, who, themeIds, principleIds } = form.values;
    const whoText = optional(who);
    const item = list === 'touchpoints' ? { id, description, ...(whoText ? { who: whoText } : {}) } : { id, description, themeIds: [...themeIds], principleIds: [...principleIds] };
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
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate className="understanding-form" aria-label={`Add a ${text.one} to ${stage.name}`}>
        {form.summary}
        <Textarea label={`Add a ${text.one}`} rows={2} {...form.text('description')} />
        {list === 'touchpoints' ? (
          <TextInput label="Who is involved" hint="Optional. A role, such as ‘Duty worker’." {...form.text('who')} />
        ) : (
          <Details summary="Themes and principles (optional)">
            <CheckboxGroup label="Themes" options={THEME_OPTIONS} {...form.choices('themeIds')} />
            <CheckboxGroup label="Principles" options={PRINCIPLE_OPTIONS} {...form.choices('principleIds')} />
          </Details>
        )}
        <div>
          <Button type="submit" variant="secondary">
            Add{' '}<span className="nttp-visually-hidden">the {text.one} to {stage.name}</span>
          </Button>
        </div>
      </form>
    </div>
  );
}
