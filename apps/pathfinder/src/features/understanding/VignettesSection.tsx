// Fictional vignettes: the made-up people whose journeys the groups trace. Never a real person's story.
import type { FormEvent } from 'react';
import type { LensEvent, Vignette } from '@nttp/domain';
import { Button, GentleCallout, Heading, RadioGroup, Text, TextInput, Textarea } from '@nttp/ui';
import { useForm } from './form';
import { RemoveButton } from './RemoveButton';
import { SaveButtons } from './SaveButtons';
import { joinLines, lines, nextId, removeById, replaceById } from './kit';
import { putEvent } from './understanding-edits';

const EMPTY_VIGNETTE = { id: '', title: '', summary: '', substances: '', vulnerabilities: '', risk: 'moderate' };
const RISK_TEXT: Record<Vignette['risk'], string> = { low: 'Low', moderate: 'Moderate', high: 'High' };

export function vignetteFrom(values: typeof EMPTY_VIGNETTE, taken: readonly string[]): Vignette {
  return {
    id: values.id || nextId('vignette', taken),
    title: values.title,
    summary: values.summary,
    substances: lines(values.substances),
    vulnerabilities: lines(values.vulnerabilities),
    risk: values.risk as Vignette['risk'],
    fictional: true,
  };
}

export function VignettesSection({ event }: { event: LensEvent }) {
  const form = useForm('vignette', EMPTY_VIGNETTE);
  const editing = form.values.id !== '';
  const save = (submit: FormEvent) => {
    submit.preventDefault();
    const vignette = vignetteFrom(form.values, event.vignettes.map((v) => v.id));
    if (form.apply((ws) => putEvent(ws, { ...event, vignettes: replaceById(event.vignettes, vignette) }))) {
      form.reset(EMPTY_VIGNETTE);
      document.getElementById('vignettes-heading')?.focus();
    }
  };
  const change = (v: Vignette) => {
    form.reset({ id: v.id, title: v.title, summary: v.summary, substances: joinLines(v.substances), vulnerabilities: joinLines(v.vulnerabilities), risk: v.risk });
    setTimeout(() => document.getElementById('vignette-title')?.focus(), 0);
  };
  // A vignette a group or a journey map uses stays until they stop using it (the schema explains).
  const remove = (v: Vignette) => form.apply((ws) => putEvent(ws, { ...event, vignettes: removeById(event.vignettes, v.id) }));

  return (
    <section aria-labelledby="vignettes-heading">
      <Heading level={2} id="vignettes-heading" tabIndex={-1}>
        Vignettes ({event.vignettes.length})
      </Heading>
      <GentleCallout>Vignettes are always fictional. Please never use a real person’s story, even with the name changed.</GentleCallout>
      {event.vignettes.length === 0 ? (
        <Text>No vignettes yet.</Text>
      ) : (
        <ul className="understanding-list">
          {event.vignettes.map((v) => (
            <li key={v.id}>
              <Heading level={3} size="s">
                {v.title}
              </Heading>
              <Text>{v.summary}</Text>
              <Text size="s" tone="secondary">
                {[v.substances.join(', '), v.vulnerabilities.join(', '), `${RISK_TEXT[v.risk]} risk`].filter(Boolean).join(' · ')}
              </Text>
              <span className="understanding-actions">
                <Button variant="quiet" onClick={() => change(v)}>
                  Change{' '}<span className="nttp-visually-hidden">the vignette ‘{v.title}’</span>
                </Button>
                <RemoveButton what={`the vignette ‘${v.title}’`} focusAfter="vignettes-heading" onConfirm={() => remove(v)} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <Heading level={3}>{editing ? `Change ‘${form.values.title}’` : 'Add a vignette'}</Heading>
      <form onSubmit={save} noValidate className="understanding-form">
        {form.summary}
        <TextInput label="Name and age" hint="Made up, such as ‘Sam, 34’." {...form.text('title')} />
        <Textarea label="Their situation" rows={3} {...form.text('summary')} />
        <Textarea label="Substances" hint="Optional. One a line." rows={2} {...form.text('substances')} />
        <Textarea label="Vulnerabilities" hint="Optional. One a line, such as ‘Housing insecurity’." rows={2} {...form.text('vulnerabilities')} />
        <RadioGroup label="Risk" inline {...form.choice('risk')} options={Object.entries(RISK_TEXT).map(([value, label]) => ({ value, label }))} />
        <SaveButtons editing={editing} addText="Add the vignette" saveText="Save the vignette" onStop={() => form.reset(EMPTY_VIGNETTE)} />
      </form>
    </section>
  );
}
