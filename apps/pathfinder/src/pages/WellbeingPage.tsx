import { useState, type FormEvent } from 'react';
import type { WellbeingPlan } from '@nttp/domain';
import { Button, DataUseSummary, ErrorSummary, Heading, Text, Textarea } from '@nttp/ui';
import { clearPlan, linesOf, loadPlan, savePlan } from '../storage/wellbeing-store';

const FIELDS = [
  { name: 'whatKeepsMeWell', label: 'What keeps me well at work', hint: 'One thing on each line, such as a walk at lunchtime.' },
  { name: 'earlySigns', label: 'Early signs that I am finding things hard', hint: 'One sign on each line.' },
  { name: 'whatHelps', label: 'What helps when I notice those signs', hint: 'One thing on each line.' },
  { name: 'stabilisationTechniques', label: 'Safety and stabilisation techniques I use', hint: 'For example, 5-4-3-2-1 grounding.' },
] as const;

type FieldName = (typeof FIELDS)[number]['name'];
type Draft = Record<FieldName, string>;

const today = () => new Date().toISOString().slice(0, 10);

function draftFrom(plan: WellbeingPlan | undefined): Draft {
  return Object.fromEntries(FIELDS.map((f) => [f.name, (plan?.[f.name] ?? []).join('\n')])) as Draft;
}

export function WellbeingPage() {
  const [initial] = useState(() => loadPlan());
  const saved = initial.kind === 'loaded' ? initial.plan : undefined;
  const [draft, setDraft] = useState<Draft>(() => draftFrom(saved));
  const [status, setStatus] = useState<string>(initial.kind === 'unreadable' ? 'The plan saved earlier could not be read, so the form starts empty.' : '');
  const [errors, setErrors] = useState<{ href: string; text: string }[]>([]);
  const [plan, setPlan] = useState<WellbeingPlan | undefined>(saved);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = savePlan({
      id: plan?.id ?? 'my-wellbeing-plan',
      ownerId: 'me',
      createdOn: plan?.createdOn ?? today(),
      whatKeepsMeWell: linesOf(draft.whatKeepsMeWell),
      earlySigns: linesOf(draft.earlySigns),
      whatHelps: linesOf(draft.whatHelps),
      stabilisationTechniques: linesOf(draft.stabilisationTechniques),
      whoCanHelp: plan?.whoCanHelp ?? [],
    });
    if (result.ok) {
      setPlan(result.plan);
      setErrors([]);
      setStatus('Saved on this device.');
    } else {
      setErrors(result.issues.map((issue) => ({ href: `#field-${String(issue.path[0] ?? 'whatKeepsMeWell')}`, text: issue.message })));
      setStatus('');
    }
  };

  const onClear = () => {
    clearPlan();
    setPlan(undefined);
    setDraft(draftFrom(undefined));
    setStatus('Your plan has been removed from this device.');
  };

  const exportHref = plan ? `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(plan, null, 2))}` : undefined;

  return (
    <>
      <Heading level={1}>My wellbeing plan</Heading>
      <Text lead>
        A plan of your own, for the days work feels heavy. Write as much or as little as you like; every box
        is optional, and you can change it whenever you want.
      </Text>
      <DataUseSummary
        headingLevel={2}
        title="Where your plan is kept"
        purpose="So you can come back to it and update it."
        whoCanSee="Only people using this browser on this device."
        keptFor="Until you remove it, or clear this browser's data."
        sharing="Nothing is sent anywhere. You can download a copy to share if you choose."
      />
      {errors.length > 0 && <ErrorSummary title="Some answers need another look" errors={errors} />}
      <form onSubmit={onSubmit} noValidate>
        {FIELDS.map((field) => (
          <Textarea
            key={field.name}
            id={`field-${field.name}`}
            label={field.label}
            hint={field.hint}
            rows={3}
            value={draft[field.name]}
            onChange={(event) => setDraft((d) => ({ ...d, [field.name]: event.target.value }))}
          />
        ))}
        <div className="button-row">
          <Button type="submit">Save on this device</Button>
          {plan && (
            <Button type="button" variant="secondary" onClick={onClear}>
              Remove my plan from this device
            </Button>
          )}
        </div>
      </form>
      <p role="status" className="save-status">
        {status}
      </p>
      {exportHref && (
        <p>
          <a className="nttp-link" href={exportHref} download="wellbeing-plan.json">
            Download a copy of my plan (JSON)
          </a>
        </p>
      )}
    </>
  );
}
