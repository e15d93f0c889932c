// The three-year implementation plan: start it, then keep its activities on a timeline (and a table),
// each linked to the Theory of Change activities it serves.
import { Details, Heading, Link, Stack, SummaryList, Text } from '@nttp/ui';
import { useForm } from '../understanding/form';
import { ActivityForm, EMPTY_ACTIVITY, activityValues } from './ActivityForm';
import { PlanDetailsForm } from './PlanDetailsForm';
import { PlanTimeline } from './PlanTimeline';
import { planOf, putPlan, removeActivity } from './plan-edits';
import './implementation-plan.css';

export default function PlanPage() {
  const form = useForm('plan-activity', EMPTY_ACTIVITY);
  const plan = planOf(form.workspace);
  return (
    <Stack gap={6}>
      <div>
        <Heading level={1} caption={form.workspace.pathfinder.name}>
          Three-year implementation plan
        </Heading>
        <Text lead>
          The plan expands on the activities in your Theory of Change: a timeline, and who takes each piece of work forward, so the changes last.
        </Text>
      </div>
      {!plan ? (
        <section aria-labelledby="plan-start-heading">
          <Heading level={2} id="plan-start-heading">
            Start the plan
          </Heading>
          <PlanDetailsForm />
        </section>
      ) : (
        <>
          <SummaryList rows={plan.years.map((y) => ({ key: `Year ${y.year}`, value: y.focus }))} />
          <section aria-labelledby="plan-activities-heading">
            <Heading level={2} id="plan-activities-heading" tabIndex={-1}>
              Activities ({plan.activities.length})
            </Heading>
            <PlanTimeline
              plan={plan}
              workspace={form.workspace}
              onChange={(activity) => {
                form.reset(activityValues(activity));
                setTimeout(() => document.getElementById('plan-activity-title')?.focus(), 0);
              }}
              onRemove={(activity) => form.apply((ws) => putPlan(ws, removeActivity(plan, activity.id)))}
            />
          </section>
          <ActivityForm plan={plan} form={form} />
          <Details summary="Change the plan’s title, start date or yearly focus">
            <PlanDetailsForm plan={plan} />
          </Details>
          <Text>
            <Link href={form.href('policy-reviews')}>Policy reviews</Link> are kept on a page of their own.
          </Text>
        </>
      )}
    </Stack>
  );
}
