// The policy review tracker: each policy looked at through a trauma lens, when it is due, its status,
// and what the review found for each of the five principles.
import type { FormEvent } from 'react';
import { PRINCIPLES, type PolicyReview } from '@nttp/domain';
import { Button, CheckboxGroup, Heading, Select, Stack, Text, TextInput, Textarea } from '@nttp/ui';
import { useForm } from '../understanding/form';
import { SaveButtons } from '../understanding/SaveButtons';
import { RemoveButton } from '../understanding/RemoveButton';
import { THEME_OPTIONS, nextId, optional, principleName, readableDate } from '../understanding/kit';
import { putPolicyReview, removePolicyReview } from './plan-edits';
import './implementation-plan.css';

export const POLICY_AREA_TEXT: Record<PolicyReview['area'], string> = {
  'hr-and-recruitment': 'HR and recruitment',
  'wellbeing-strategy': 'Wellbeing strategy',
  'service-plan': 'Service plan',
  'trauma-screening': 'Trauma screening',
  'triage-and-access': 'Triage and access to support',
  'information-sharing': 'Information sharing',
  other: 'Something else',
};
export const REVIEW_STATUS_TEXT: Record<PolicyReview['status'], string> = {
  planned: 'Planned',
  'in-review': 'In review',
  'changes-agreed': 'Changes agreed',
  embedded: 'Embedded',
};
const options = (text: Record<string, string>) => Object.entries(text).map(([value, label]) => ({ value, label }));

const EMPTY_REVIEW = {
  id: '',
  policy: '',
  owner: '',
  area: 'hr-and-recruitment',
  themeIds: [] as readonly string[],
  status: 'planned',
  startedOn: '',
  dueOn: '',
  ...Object.fromEntries(PRINCIPLES.map((p) => [`finding-${p.id}`, ''])),
} as Record<string, string | readonly string[]> & { id: string; policy: string; owner: string; area: string; themeIds: readonly string[]; status: string; startedOn: string; dueOn: string };
type ReviewValues = typeof EMPTY_REVIEW;

function reviewValues(review: PolicyReview): ReviewValues {
  const findings = Object.fromEntries(PRINCIPLES.map((p) => [`finding-${p.id}`, review.findings.filter((f) => f.principleId === p.id).map((f) => f.note).join('\n\n')]));
  const { id, policy, owner, area, themeIds, status } = review;
  return { ...EMPTY_REVIEW, id, policy, owner, area, themeIds, status, startedOn: review.startedOn ?? '', dueOn: review.dueOn ?? '', ...findings };
}

/** The review the form describes: blank dates and findings are left out. */
export function reviewFrom(values: ReviewValues, pathfinderId: string, taken: readonly string[]): PolicyReview {
  const startedOn = optional(values.startedOn);
  const dueOn = optional(values.dueOn);
  return {
    id: values.id || nextId('review', taken),
    pathfinderId,
    policy: values.policy,
    owner: values.owner,
    area: values.area as PolicyReview['area'],
    themeIds: [...values.themeIds] as PolicyReview['themeIds'],
    status: values.status as PolicyReview['status'],
    ...(startedOn ? { startedOn } : {}),
    ...(dueOn ? { dueOn } : {}),
    findings: PRINCIPLES.flatMap((p) => {
      const note = optional(String(values[`finding-${p.id}`] ?? ''));
      return note ? [{ principleId: p.id, note }] : [];
    }),
  };
}

export default function PolicyReviewsPage() {
  const form = useForm('policy-review', EMPTY_REVIEW);
  const { workspace } = form;
  const reviews = workspace.policyReviews;
  const editing = form.values.id !== '';

  const save = (event: FormEvent) => {
    event.preventDefault();
    const review = reviewFrom(form.values, workspace.pathfinder.id, reviews.map((r) => r.id));
    if (form.apply((ws) => putPolicyReview(ws, review))) {
      form.reset(EMPTY_REVIEW);
      document.getElementById('policy-list-heading')?.focus();
    }
  };
  const change = (review: PolicyReview) => {
    form.reset(reviewValues(review));
    setTimeout(() => document.getElementById('policy-review-policy')?.focus(), 0);
  };

  return (
    <Stack gap={6}>
      <div>
        <Heading level={1} caption={workspace.pathfinder.name}>
          Policy reviews
        </Heading>
        <Text lead>
          Reviewing policies through a trauma lens helps embed the approach: HR and recruitment, wellbeing strategies, service plans, and trauma
          screening and triage. Note what each review finds for each principle.
        </Text>
      </div>
      <section aria-labelledby="policy-list-heading">
        <Heading level={2} id="policy-list-heading" tabIndex={-1}>
          Reviews ({reviews.length})
        </Heading>
        {reviews.length === 0 ? (
          <Text>No policy reviews yet. Add the first one below.</Text>
        ) : (
          <ul className="policy-list">
            {reviews.map((review) => (
              <li key={review.id} className="policy-list__item">
                <Heading level={3} size="s">
                  {review.policy}
                </Heading>
                <Text>
                  {POLICY_AREA_TEXT[review.area]} · {review.owner} · {REVIEW_STATUS_TEXT[review.status]}
                  {review.dueOn ? ` · review due ${readableDate(review.dueOn)}` : ''}
                </Text>
                {review.findings.length > 0 ? (
                  <ul>
                    {review.findings.map((finding, index) => (
                      <li key={index}>
                        <strong>{principleName(finding.principleId)}:</strong> {finding.note}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Text tone="secondary">No findings noted yet.</Text>
                )}
                <span className="plan-actions">
                  <Button variant="quiet" onClick={() => change(review)}>
                    Change{' '}<span className="nttp-visually-hidden">the review of ‘{review.policy}’</span>
                  </Button>
                  <RemoveButton what={`the review of ‘${review.policy}’`} focusAfter="policy-list-heading" onConfirm={() => form.apply((ws) => removePolicyReview(ws, review.id))} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="policy-form-heading">
        <Heading level={2} id="policy-form-heading">
          {editing ? `Change the review of ‘${form.values.policy}’` : 'Add a policy review'}
        </Heading>
        <form onSubmit={save} noValidate className="plan-form">
          {form.summary}
          <TextInput label="Policy" {...form.text('policy')} />
          <TextInput label="Who owns the policy" hint="A team or role, such as ‘NHS board HR’." {...form.text('owner')} />
          <Select label="Area" options={options(POLICY_AREA_TEXT)} {...form.text('area')} />
          <Select label="Status" options={options(REVIEW_STATUS_TEXT)} {...form.text('status')} />
          <Stack direction="row" gap={4}>
            <TextInput label="Review started" hint="Optional." type="date" width="10" {...form.text('startedOn')} />
            <TextInput label="Review date" hint="Optional. When the review is due." type="date" width="10" {...form.text('dueOn')} />
          </Stack>
          <CheckboxGroup label="Themes" hint="Optional." options={THEME_OPTIONS} {...form.choices('themeIds')} />
          <fieldset className="policy-findings">
            <legend>Findings by principle (each optional)</legend>
            {PRINCIPLES.map((p) => (
              <Textarea key={p.id} label={p.name} rows={2} {...form.text(`finding-${p.id}`)} />
            ))}
          </fieldset>
          <SaveButtons editing={editing} addText="Add the review" saveText="Save the review" onStop={() => form.reset(EMPTY_REVIEW)} />
        </form>
      </section>
    </Stack>
  );
}
