// The training needs analysis: its rounds (collected the same ways as the assessment) and the plans drawn
// from them.
import { Button, GentleCallout, Heading, Link, Text } from '@nttp/ui';
import { useWorkspace } from '../../workspace/context';
import { NewRoundForm, RoundsTable } from '../assessment/RoundsList';
import { isOpen } from '../assessment/rounds';
import { goTo, useSafeUpdate } from '../assessment/shared';
import { drawPlan } from './engine';
import '../assessment/assessment.css';

export default function TrainingPage() {
  const { workspace, href } = useWorkspace();
  const { apply, issues } = useSafeUpdate();
  const rounds = workspace.assessmentRounds.filter((r) => r.kind === 'training-needs');

  const draw = (roundId: string) => {
    let planId = '';
    const ok = apply((ws) => {
      const round = ws.assessmentRounds.find((r) => r.id === roundId)!;
      const { plan } = drawPlan(ws, round);
      planId = plan.id;
      return { ...ws, trainingPlans: [...ws.trainingPlans, plan] };
    });
    if (ok) goTo(href(`training/plan/${planId}`));
  };

  return (
    <>
      <Heading level={1}>Training needs analysis</Heading>
      <Text lead>
        Staff say how confident they feel and which trauma training they have completed. The plan then groups people into cohorts at the NES level their role needs, with
        protected time, peer support and coaching to help them use what they learn.
      </Text>
      {issues}
      <Heading level={2}>Rounds</Heading>
      <RoundsTable rounds={rounds} caption="Training needs analysis rounds" />
      <Text>Collect answers from each round’s page: pass the device, import a spreadsheet, or print the questionnaire.</Text>
      <Heading level={2}>Training plans</Heading>
      {workspace.trainingPlans.length > 0 ? (
        <ul className="assessment-statement-list">
          {workspace.trainingPlans.map((plan) => (
            <li key={plan.id}>
              <Link href={href(`training/plan/${plan.id}`)}>
                Training plan of {plan.createdOn}
                {plan.roundId ? ` (from ${workspace.assessmentRounds.find((r) => r.id === plan.roundId)?.label ?? plan.roundId})` : ''}
              </Link>
              : {plan.cohorts.length} {plan.cohorts.length === 1 ? 'cohort' : 'cohorts'}
            </li>
          ))}
        </ul>
      ) : (
        <Text>No training plan yet.</Text>
      )}
      {rounds.map((round) =>
        isOpen(round) ? (
          <GentleCallout key={round.id} title={round.label} tone="information" headingLevel={3}>
            Close this round on <Link href={href(`assessment/${round.id}`)}>its page</Link> to draw up a plan from it.
          </GentleCallout>
        ) : (
          <div className="assessment-actions" key={round.id}>
            <Button onClick={() => draw(round.id)}>Draw up a training plan from {round.label}</Button>
          </div>
        ),
      )}
      <Heading level={2}>Start a round</Heading>
      <NewRoundForm kinds={['training-needs']} defaultLabel={() => 'Training needs analysis'} />
    </>
  );
}
