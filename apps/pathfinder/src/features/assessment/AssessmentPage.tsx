// The organisational assessment: the rounds so far and a new round.
import { Details, GentleCallout, Heading, Text } from '@nttp/ui';
import { useWorkspace } from '../../workspace/context';
import { MIN_GROUP } from './engine';
import { NewRoundForm, RoundsTable } from './RoundsList';
import './assessment.css';

export default function AssessmentPage() {
  const { workspace } = useWorkspace();
  const rounds = workspace.assessmentRounds.filter((r) => r.kind !== 'training-needs');
  return (
    <>
      <Heading level={1}>Organisational assessment</Heading>
      <Text lead>
        The implementation group and staff say how far they agree with statements about the service, across the nine themes and five principles. A baseline round comes
        first; a follow-up round later shows what has changed.
      </Text>
      <GentleCallout title="Where the answers stay" tone="reassurance" headingLevel={2}>
        Answers are kept on this device, in this workspace, with a code instead of a name. Group results are shown once a round is closed and at least {MIN_GROUP} people
        have answered.
      </GentleCallout>
      <Heading level={2}>Rounds</Heading>
      <RoundsTable rounds={rounds} caption="Assessment rounds in this workspace" />
      <Heading level={2}>Start a round</Heading>
      <Details summary="Three ways to collect answers">
        <Text>
          Pass one device round a meeting, import a spreadsheet from the forms tool your organisation uses, or print the questionnaire. You can mix them in one round.
        </Text>
      </Details>
      <NewRoundForm
        kinds={['baseline', 'follow-up']}
        defaultLabel={(kind) => (kind === 'baseline' ? 'Baseline organisational assessment' : 'Follow-up organisational assessment')}
      />
    </>
  );
}
