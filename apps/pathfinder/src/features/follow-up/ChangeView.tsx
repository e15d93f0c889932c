// The comparison in words, a chart and a table of the same numbers, and the workings: shared by the
// follow-up page and the printable report. Counts of people only, never anyone's answers.
import { Details, Heading, Text } from '@nttp/ui';
import { BarChart, DataTable } from '../assessment/Chart';
import { formatScore } from '../assessment/shared';
import { MIN_GROUP } from '../assessment/engine';
import { VERDICT_TEXT } from './comparison';
import type { Comparison } from './engine';

export function PeopleSummary({ comparison }: { comparison: Comparison }) {
  const { both, joined, left } = comparison.people;
  return (
    <Text>
      {comparison.baselineN} people answered at baseline and {comparison.followUpN} at follow-up. {both} answered both rounds (matched by their code word), {joined} joined
      since the baseline and {left} did not answer the follow-up. People without a code word cannot be matched, so they count as joining or leaving.
    </Text>
  );
}

export function ChangeView({ comparison, headingLevel = 2 }: { comparison: Comparison; headingLevel?: 2 | 3 }) {
  if (comparison.withheld)
    return <Text>Progress by theme is shown once at least {MIN_GROUP} people have answered in each round, so that no one’s answers can be picked out.</Text>;
  const counts = (v: string) => comparison.themes.filter((t) => t.verdict === v).length;
  return (
    <>
      <Heading level={headingLevel}>Progress by theme</Heading>
      <Text>
        {counts('higher')} {counts('higher') === 1 ? 'theme is' : 'themes are'} clearly higher than at baseline, {counts('lower')} clearly lower, and {counts('no-clear-change')}{' '}
        show no clear change. {counts('too-few-to-judge') > 0 ? `For ${counts('too-few-to-judge')}, too few people answered to say.` : ''}
      </Text>
      <ul className="assessment-statement-list">
        {comparison.themes.map((t) => (
          <li key={t.themeId}>{t.words}</li>
        ))}
      </ul>
      <BarChart
        title="Follow-up mean by theme (1 to 5), with the change since baseline"
        min={1}
        max={5}
        scaleText={['1 Strongly disagree', '5 Strongly agree']}
        bars={comparison.themes.map((t) => ({
          key: t.themeId,
          label: t.title,
          value: t.followUp,
          valueText: t.followUp === null ? 'Not shown' : `${formatScore(t.baseline)} → ${formatScore(t.followUp)}: ${VERDICT_TEXT[t.verdict]}`,
        }))}
      />
      <DataTable
        caption="Change by theme: the numbers"
        columns={[{ label: 'Theme' }, { label: 'Baseline', numeric: true }, { label: 'Follow-up', numeric: true }, { label: 'Change', numeric: true }, { label: 'What it means' }]}
      >
        {comparison.themes.map((t) => (
          <tr key={t.themeId}>
            <th scope="row">{t.title}</th>
            <td className="assessment-number">{formatScore(t.baseline)}</td>
            <td className="assessment-number">{formatScore(t.followUp)}</td>
            <td className="assessment-number">{t.change === null ? 'Not shown' : `${t.change > 0 ? '+' : t.change < 0 ? '−' : ''}${Math.abs(t.change).toFixed(2)}`}</td>
            <td>{VERDICT_TEXT[t.verdict]}</td>
          </tr>
        ))}
      </DataTable>
      <Details summary="How this was worked out">
        <Text>
          Each theme’s score is a person’s mean agreement with its five statements, from 1 to 5; the group figure is the mean of those scores. A change is called higher or
          lower only when it is larger than the measurement’s own noise; otherwise it is “no clear change”, and with too few people no verdict is given.
        </Text>
        <ul className="assessment-statement-list">
          {comparison.themes.map((t) => (
            <li key={t.themeId}>
              <strong>{t.title}</strong>: {t.workings}
            </li>
          ))}
        </ul>
      </Details>
    </>
  );
}
