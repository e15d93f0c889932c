// The plan's title, start date and the focus of each of its three years: to start the plan or change it.
import type { FormEvent } from 'react';
import type { ImplementationPlan } from '@nttp/domain';
import { Button, TextInput, Textarea } from '@nttp/ui';
import { useForm } from '../understanding/form';
import { nextId } from '../understanding/kit';
import { putPlan } from './plan-edits';

export function PlanDetailsForm({ plan, onSaved }: { plan?: ImplementationPlan; onSaved?: (plan: ImplementationPlan) => void }) {
  const form = useForm('plan-details', {
    title: plan?.title ?? 'Three-year TI Practice implementation plan',
    startDate: plan?.startDate ?? '',
    'years.0.focus': plan?.years[0]?.focus ?? '',
    'years.1.focus': plan?.years[1]?.focus ?? '',
    'years.2.focus': plan?.years[2]?.focus ?? '',
  });
  const { workspace } = form;
  const save = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    const next: ImplementationPlan = {
      id: plan?.id ?? nextId('plan', workspace.implementationPlans.map((p) => p.id)),
      pathfinderId: workspace.pathfinder.id,
      title: v.title,
      startDate: v.startDate,
      years: [
        { year: 1, focus: v['years.0.focus'] },
        { year: 2, focus: v['years.1.focus'] },
        { year: 3, focus: v['years.2.focus'] },
      ],
      activities: plan?.activities ?? [],
    };
    if (form.apply((ws) => putPlan(ws, next))) onSaved?.(next);
  };
  return (
    <form onSubmit={save} noValidate className="plan-form">
      {form.summary}
      <TextInput label="Title" {...form.text('title')} />
      <TextInput label="Start date" hint="The plan runs for three years from this day." type="date" width="10" {...form.text('startDate')} />
      {([0, 1, 2] as const).map((index) => (
        <Textarea key={index} label={`Year ${index + 1}: the focus`} rows={2} hint={index === 0 ? 'For example, ‘Foundations: training and wellbeing plans’.' : undefined} {...form.text(`years.${index}.focus`)} />
      ))}
      <div>
        <Button type="submit">{plan ? 'Save the plan’s details' : 'Start the plan'}</Button>
      </div>
    </form>
  );
}
