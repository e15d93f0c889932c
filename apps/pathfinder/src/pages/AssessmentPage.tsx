import { useMemo } from 'react';
import { THEMES } from '@nttp/domain';
import { compareRounds, explainGroupStat, instrumentFor, organisationalAssessmentVersions, scoreGroup, type Change } from '@nttp/assessment';
import { Details, GentleCallout, Heading, Text } from '@nttp/ui';
import { baselineRound, followUpRound, responsesFor } from '../data/example';

// The example rounds were answered with version 1.0.0: score them with the version they were answered with.
const organisationalAssessment = instrumentFor(organisationalAssessmentVersions, baselineRound);

const format = (value: number | null | undefined, digits = 2) => (value === null || value === undefined ? 'Not shown' : value.toFixed(digits));

/** Change in words, so meaning never rests on colour or a sign alone. */
export function describeChange(change: Change | undefined): string {
  if (!change || change.change === null) return change?.reason ?? 'Not enough answers to compare';
  const size = Math.abs(change.change).toFixed(2);
  const direction = change.change > 0 ? `Up ${size}` : change.change < 0 ? `Down ${size}` : 'No change';
  if (change.verdict === 'too-few-to-judge') return `${direction} (too few people to judge whether this is a real change)`;
  if (change.verdict === 'no-clear-change') return `${direction} (not a clear change: the likely range includes no change)`;
  return `${direction} (a clear change: the likely range leaves out no change)`;
}

export function AssessmentPage() {
  const { comparison, followUp } = useMemo(() => {
    const before = responsesFor(baselineRound.id);
    const after = responsesFor(followUpRound.id);
    return {
      comparison: compareRounds(organisationalAssessment, before, after, { baselineRound, followUpRound }),
      followUp: scoreGroup(organisationalAssessment, after, { round: followUpRound }),
    };
  }, []);

  return (
    <>
      <Heading level={1} caption="Glenmoray pathfinder (fictional example)">
        Organisational assessment
      </Heading>
      <Text lead>
        The TIPIG answered the same {organisationalAssessment.items.length} statements at the baseline and a
        year later. Scores run from 1 to 5. A change is called clear only when its 95% confidence interval leaves
        out no change, and not judged at all when too few people answered.
      </Text>
      <GentleCallout title="Where these answers stay" tone="reassurance" headingLevel={2}>
        Scoring happens in this browser. No answer leaves this device.
      </GentleCallout>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="theme-scores-caption">
        <table className="data-table">
          <caption id="theme-scores-caption">Theme scores at the baseline and the follow-up</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col">Baseline mean</th>
              <th scope="col">Follow-up mean</th>
              <th scope="col">Change</th>
              <th scope="col">Agreement at follow-up (rwg(j))</th>
              <th scope="col">People</th>
            </tr>
          </thead>
          <tbody>
            {THEMES.map((theme) => {
              const change = comparison.themes[theme.id];
              const stat = followUp.themes[theme.id];
              return (
                <tr key={theme.id}>
                  <th scope="row">{theme.name}</th>
                  <td>{format(change?.baseline.mean)}</td>
                  <td>{format(change?.followUp.mean)}</td>
                  <td>{describeChange(change)}</td>
                  <td>{format(stat?.rwgJ)}</td>
                  <td>{stat?.n ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Heading level={2}>How each follow-up score was worked out</Heading>
      {THEMES.map((theme) => {
        const stat = followUp.themes[theme.id];
        return stat ? (
          <Details key={theme.id} summary={theme.name}>
            <pre className="explanation">{explainGroupStat(stat, followUp)}</pre>
          </Details>
        ) : null;
      })}
      <Text tone="secondary">
        Scored with {followUp.instrument.id} version {followUp.instrument.version}.
      </Text>
    </>
  );
}
