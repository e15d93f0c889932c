import { useState, type FormEvent } from 'react';
import { SERVICE_KINDS } from '@nttp/domain';
import { Button, ErrorSummary, Select, TextInput } from '@nttp/ui';
import { createWorkspace } from '../workspace/store';
import { workspaceHref } from '../workspace/context';
import { blankWorkspace, SERVICE_KIND_LABELS, type BlankWorkspaceAnswers } from './blank-workspace';

const EMPTY: BlankWorkspaceAnswers = { name: '', area: '', startDate: '', serviceName: '', serviceKind: '' };
const fieldId = (field: keyof BlankWorkspaceAnswers) => `new-${field}`;

/** Starts a blank workspace from the pathfinder's name, area, start date and its first service. */
export function NewWorkspaceForm() {
  const [answers, setAnswers] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof BlankWorkspaceAnswers, string>>>({});
  const [busy, setBusy] = useState(false);
  const field = (name: keyof BlankWorkspaceAnswers) => ({
    id: fieldId(name),
    value: answers[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => setAnswers((a) => ({ ...a, [name]: event.target.value })),
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = blankWorkspace(answers);
    if (!result.ok) {
      setErrors(Object.fromEntries(result.issues.map((issue) => [issue.field, issue.message])));
      return;
    }
    setErrors({});
    setBusy(true);
    const record = await createWorkspace(result.workspace);
    window.location.hash = workspaceHref(record.id, '');
  };

  const summary = Object.entries(errors).map(([name, text]) => ({ href: `#${fieldId(name as keyof BlankWorkspaceAnswers)}`, text: text ?? '' }));
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="app-form">
      {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
      <TextInput label="Pathfinder name" hint="For example, Glenmoray substance use pathfinder." {...field('name')} />
      <TextInput label="Area" hint="A health and social care partnership, a council area or a health board." {...field('area')} />
      <TextInput label="Start date" type="date" width="10" hint="For example, 2025-04-01." {...field('startDate')} />
      <TextInput label="First service’s name" hint="You can add more services later." {...field('serviceName')} />
      <Select label="Kind of service" placeholderOption="Choose a kind of service" options={SERVICE_KINDS.map((kind) => ({ value: kind, label: SERVICE_KIND_LABELS[kind] }))} {...field('serviceKind')} />
      <Button type="submit" disabled={busy}>
        Start the workspace
      </Button>
    </form>
  );
}
