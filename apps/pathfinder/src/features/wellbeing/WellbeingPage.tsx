// A private wellbeing plan: saved in this browser as it is written, apart from the shared workspace;
// printable, downloadable, and removable at any time.
import { useEffect, useRef, useState } from 'react';
import type { WellbeingPlan } from '@nttp/domain';
import { Button, DataUseSummary, Dialog, ErrorSummary, GentleCallout, Heading, Text, Textarea, TextInput } from '@nttp/ui';
import { useWorkspace } from '../../workspace/context';
import { loadWellbeingPlan, removeWellbeingPlan, saveWellbeingPlan } from '../../storage/wellbeing-store';
import { downloadFile } from '../../workspace/files';
import { draftFrom, fieldIdFor, isEmpty, PLAN_FIELDS, planFrom, type PlanDraft } from './plan-form';
import './wellbeing.css';

const SAVE_AFTER_MS = 600;
const today = () => new Date().toISOString().slice(0, 10);
const time = () => new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

function PrintedPlan({ plan }: { plan: WellbeingPlan }) {
  return (
    <div className="wellbeing-print">
      <h2>My wellbeing plan</h2>
      {PLAN_FIELDS.map((field) => (
        <section key={field.name}>
          <h3>{field.label}</h3>
          {plan[field.name].length > 0 ? (
            <ul>
              {plan[field.name].map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>Nothing written yet.</p>
          )}
        </section>
      ))}
      {plan.reviewOn ? <p>I will look at this plan again on {plan.reviewOn}.</p> : null}
    </div>
  );
}

export default function WellbeingPage() {
  const { workspaceId } = useWorkspace();
  const [plan, setPlan] = useState<WellbeingPlan | undefined>();
  const [draft, setDraft] = useState<PlanDraft | null>(null);
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<{ href: string; text: string }[]>([]);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void loadWellbeingPlan(workspaceId).then((result) => {
      const loaded = result.kind === 'loaded' ? result.plan : undefined;
      setPlan(loaded);
      setDraft(draftFrom(loaded));
      if (result.kind === 'unreadable') setStatus('The plan saved earlier could not be read, so the form starts empty.');
    });
  }, [workspaceId]);

  const save = async (next: PlanDraft) => {
    if (isEmpty(next) && !plan) return;
    const result = await saveWellbeingPlan(workspaceId, planFrom(next, plan, today()));
    if (result.ok) {
      setPlan(result.plan);
      setErrors([]);
      setStatus(`Saved on this device ${time()}`);
    } else {
      setErrors(result.issues.map((issue) => ({ href: `#${fieldIdFor(issue.path)}`, text: issue.where === 'reviewOn' ? 'Enter the review date as a real date, such as 2026-06-01.' : issue.message })));
      setStatus('Not saved yet: see the note at the top of the form.');
    }
  };

  // Whatever is still waiting is saved when the person leaves the page.
  const latest = useRef<{ draft: PlanDraft | null; save: typeof save }>({ draft, save });
  useEffect(() => {
    latest.current = { draft, save };
  });
  useEffect(
    () => () => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      const { draft: last, save: keep } = latest.current;
      if (last) void keep(last);
    },
    [],
  );

  const change = (next: PlanDraft) => {
    setDraft(next);
    setStatus('Saving…');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void save(next);
    }, SAVE_AFTER_MS);
  };

  const remove = async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    await removeWellbeingPlan(workspaceId);
    setPlan(undefined);
    setDraft(draftFrom(undefined));
    setConfirmRemove(false);
    setStatus('Your plan has been removed from this device.');
  };

  return (
    <>
      <Heading level={1}>My wellbeing plan</Heading>
      <Text lead>
        A plan of your own, for the days work feels heavy. Write as much or as little as you like; every box is optional, and you can change it whenever you want.
      </Text>
      <GentleCallout title="If other people use this computer" tone="important" headingLevel={2}>
        Anyone who uses this browser on this computer can open a saved plan. On a shared computer, you may prefer to print your plan or download a copy, and then remove it from here.
      </GentleCallout>
      <DataUseSummary
        headingLevel={2}
        title="Where your plan is kept"
        purpose="So you can come back to it and update it."
        whoCanSee="Only people using this browser on this device. It is kept apart from the workspace, and the rest of the implementation group does not see it."
        keptFor="Until you remove it, delete this workspace, or clear this browser’s data."
        sharing="Nothing is sent anywhere. It is left out of workspace exports unless you tick to include it."
      />
      {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
      {draft === null ? (
        <p role="status">Opening your plan…</p>
      ) : (
        <form className="wellbeing-form" onSubmit={(event) => event.preventDefault()} noValidate>
          {PLAN_FIELDS.map((field) => (
            <Textarea
              key={field.name}
              id={`wellbeing-${field.name}`}
              label={field.label}
              hint={field.hint}
              rows={3}
              value={draft[field.name]}
              onChange={(event) => change({ ...draft, [field.name]: event.target.value })}
            />
          ))}
          <TextInput id="wellbeing-reviewOn" type="date" width="10" label="When I will look at this plan again (optional)" hint="For example, 2026-06-01." value={draft.reviewOn} onChange={(event) => change({ ...draft, reviewOn: event.target.value })} />
        </form>
      )}
      <p role="status" className="wellbeing-status">
        {status}
      </p>
      {plan ? (
        <div className="app-button-row wellbeing-actions">
          <Button variant="secondary" onClick={() => window.print()}>
            Print my plan
          </Button>
          <Button variant="secondary" onClick={() => downloadFile({ text: `${JSON.stringify(plan, null, 2)}\n`, filename: 'my-wellbeing-plan.json' })}>
            Download a copy
          </Button>
          <Button variant="quiet" onClick={() => setConfirmRemove(true)}>
            Remove my plan from this device
          </Button>
        </div>
      ) : null}
      {plan ? <PrintedPlan plan={plan} /> : null}
      <Dialog
        open={confirmRemove}
        onClose={() => setConfirmRemove(false)}
        title="Remove your plan from this device?"
        closeLabel="Keep my plan"
        actions={
          <>
            <Button onClick={() => void remove()}>Remove my plan</Button>
            <Button variant="secondary" onClick={() => setConfirmRemove(false)}>
              Keep my plan
            </Button>
          </>
        }
      >
        <Text>This cannot be undone. If you want to keep a copy, print it or download it first.</Text>
      </Dialog>
    </>
  );
}
