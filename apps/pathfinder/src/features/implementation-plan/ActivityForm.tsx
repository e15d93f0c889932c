// Adding or changing one activity of the plan: when, who, its status, its themes, and the Theory of
// Change activities it serves.
import type { FormEvent } from 'react';
import type { ImplementationPlan, PlanActivity, WorkStatus } from '@nttp/domain';
import { SaveButtons } from '../understanding/SaveButtons';
import { CheckboxGroup, Heading, Link, Select, Stack, Text, TextInput, Textarea } from '@nttp/ui';
import type { useForm } from '../understanding/form';
import { PRINCIPLE_OPTIONS, THEME_OPTIONS, WORK_STATUS_OPTIONS, nextId, optional } from '../understanding/kit';
import { tocActivities } from '../theory-of-change/toc-edits';
import { putActivity, putPlan } from './plan-edits';

export const EMPTY_ACTIVITY = {
  id: '',
  title: '',
  description: '',
  year: '1',
  themeIds: [] as readonly string[],
  principleIds: [] as readonly string[],
  owner: '',
  start: '',
  due: '',
  status: 'not-started',
  tocNodeIds: [] as readonly string[],
};
export type ActivityValues = typeof EMPTY_ACTIVITY;

export function activityValues(a: PlanActivity): ActivityValues {
  return { ...a, description: a.description ?? '', year: String(a.year) };
}

/** The activity the form describes; the schema decides whether it can be kept. */
export function activityFrom(values: ActivityValues, plan: ImplementationPlan): PlanActivity {
  const description = optional(values.description);
  return {
    id: values.id || nextId('activity', plan.activities.map((a) => a.id)),
    title: values.title,
    ...(description ? { description } : {}),
    year: Number(values.year) as PlanActivity['year'],
    themeIds: [...values.themeIds] as PlanActivity['themeIds'],
    principleIds: [...values.principleIds] as PlanActivity['principleIds'],
    owner: values.owner,
    start: values.start,
    due: values.due,
    status: values.status as WorkStatus,
    tocNodeIds: [...values.tocNodeIds],
  };
}

export function ActivityForm({ plan, form }: { plan: ImplementationPlan; form: ReturnType<typeof useForm<ActivityValues>> }) {
  const editing = form.values.id !== '';
  const tocChoices = tocActivities(form.workspace).map((a) => ({ value: a.id, label: a.label, hint: form.workspace.theoriesOfChange.length > 1 ? a.tocTitle : undefined }));
  const save = (event: FormEvent) => {
    event.preventDefault();
    const activity = activityFrom(form.values, plan);
    if (form.apply((ws) => putPlan(ws, putActivity(plan, activity)))) {
      form.reset(EMPTY_ACTIVITY);
      document.getElementById('plan-activities-heading')?.focus();
    }
  };
  return (
    <section aria-labelledby="plan-activity-form-heading">
      <Heading level={2} id="plan-activity-form-heading" tabIndex={-1}>
        {editing ? `Change ‘${plan.activities.find((a) => a.id === form.values.id)?.title ?? form.values.title}’` : 'Add an activity'}
      </Heading>
      <form onSubmit={save} noValidate className="plan-form">
        {form.summary}
        <TextInput label="Activity" {...form.text('title')} />
        <Textarea label="More about it" hint="Optional." rows={3} {...form.text('description')} />
        <Select label="Year of the plan" options={[1, 2, 3].map((y) => ({ value: String(y), label: `Year ${y}` }))} {...form.text('year')} />
        <TextInput label="Who takes it forward" hint="A role or a name the person has agreed to, such as ‘Team leader’." {...form.text('owner')} />
        <Stack direction="row" gap={4}>
          <TextInput label="Start" type="date" width="10" {...form.text('start')} />
          <TextInput label="Due" type="date" width="10" {...form.text('due')} />
        </Stack>
        <Select label="Status" options={WORK_STATUS_OPTIONS} {...form.text('status')} />
        <CheckboxGroup label="Themes" hint="Choose at least one." options={THEME_OPTIONS} {...form.choices('themeIds')} />
        <CheckboxGroup label="Principles" hint="Optional." options={PRINCIPLE_OPTIONS} {...form.choices('principleIds')} />
        {tocChoices.length > 0 ? (
          <CheckboxGroup label="Theory of Change activities it serves" hint="Optional." options={tocChoices} {...form.choices('tocNodeIds')} />
        ) : (
          <Text>
            There are no Theory of Change activities to link to yet. <Link href={form.href('theory-of-change')}>Add them to a Theory of Change</Link>.
          </Text>
        )}
        <SaveButtons editing={editing} addText="Add the activity" saveText="Save the activity" onStop={() => form.reset(EMPTY_ACTIVITY)} />
      </form>
    </section>
  );
}
