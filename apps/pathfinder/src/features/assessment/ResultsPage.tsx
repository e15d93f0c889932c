// A round's group results: by theme, by principle, and theme × principle. Shown only when the round is
// closed and enough people answered; otherwise the page says why, and how many have answered.
import { useMemo } from 'react';
import { PRINCIPLES, THEMES } from '@nttp/domain';
import { GentleCallout, Heading, Link, Tabs, Text } from '@nttp/ui';
import type { ToolPageProps } from '../types';
import { useWorkspace } from '../../workspace/context';
import { BarChart } from './Chart';
import { groupResults, MIN_GROUP, type GroupResults } from './engine';
import { UnitsView, Workings } from './Results';
import { isOpen } from './rounds';
import { formatScore, RoundNotFound, useRound } from './shared';
import './assessment.css';
import { TableFrame } from '../../app/TableFrame';

type Shown = Extract<GroupResults, { shown: true }>;

export function MatrixView({ results }: { results: Shown }) {
  const cellOf = new Map(results.cells.map((c) => [`${c.themeId}|${c.principleId}`, c.result]));
  const shown = results.cells.filter((c) => c.result.mean !== null);
  return (
    <>
      <Heading level={2}>Mean by theme and principle</Heading>
      <Text>
        Each statement is about one theme and reflects one or more principles. A cell is the group’s mean for the statements of that theme that reflect that principle; an
        empty cell means no statement covers both.{' '}
        {results.cells.length - shown.length > 0 ? `${results.cells.length - shown.length} cells are not shown, to keep small groups’ answers private.` : ''}
      </Text>
      {THEMES.map((theme) => {
        const cells = results.cells.filter((c) => c.themeId === theme.id);
        if (cells.length === 0) return null;
        return (
          <BarChart
            key={theme.id}
            title={theme.name}
            min={1}
            max={5}
            scaleText={['1', '5']}
            bars={cells.map((c) => ({
              key: c.principleId,
              label: PRINCIPLES.find((p) => p.id === c.principleId)!.name,
              value: c.result.mean,
              valueText: c.result.mean === null ? 'Not shown' : formatScore(c.result.mean),
            }))}
          />
        );
      })}
      <TableFrame label="Theme × principle: the numbers">
        <table className="assessment-table">
          <caption>Theme × principle: the numbers (mean from 1 to 5, with the number of people)</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              {PRINCIPLES.map((p) => (
                <th scope="col" key={p.id} className="assessment-number">
                  {p.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {THEMES.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t.name}</th>
                {PRINCIPLES.map((p) => {
                  const cell = cellOf.get(`${t.id}|${p.id}`);
                  return (
                    <td key={p.id} className="assessment-number">
                      {cell ? `${formatScore(cell.mean)} (${cell.n})` : 'No statements'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <Workings units={results.cells.map((c) => c.result)} />
    </>
  );
}

export default function ResultsPage({ params }: ToolPageProps) {
  const context = useRound(params.roundId);
  const { href } = useWorkspace();
  const results = useMemo(() => (context && !isOpen(context.round) ? groupResults(context.instrument, context.round, context.responses) : null), [context]);
  if (!context) return <RoundNotFound title="Results" />;
  const { round, responses } = context;

  return (
    <>
      <Heading level={1} caption={round.label}>
        Results
      </Heading>
      {isOpen(round) ? (
        <GentleCallout title="The round is still open" tone="information" headingLevel={2}>
          {responses.length} {responses.length === 1 ? 'person has' : 'people have'} answered so far. Results are shown once the round is closed, so nobody’s answers can
          be worked out from how the results change as each person answers. <Link href={href(`assessment/${round.id}`)}>Close the round</Link>
        </GentleCallout>
      ) : !results || !results.shown ? (
        <GentleCallout title="Not enough people to show results" tone="information" headingLevel={2}>
          {results?.reason ?? ''} Results appear when at least {MIN_GROUP} people have answered.
        </GentleCallout>
      ) : (
        <>
          <Text lead>
            {results.people} people answered.{' '}
            {results.overall?.mean !== null && results.overall
              ? `Across every theme the group’s mean is ${formatScore(results.overall.mean)} out of 5${results.overall.band ? ` (${results.overall.band.label})` : ''}.`
              : ''}
          </Text>
          <Tabs
            label="Ways to see the results"
            items={[
              {
                id: 'themes',
                label: 'By theme',
                content: <UnitsView units={results.themes} noun="theme" title="Mean by theme" />,
              },
              {
                id: 'principles',
                label: 'By principle',
                content: <UnitsView units={results.principles} noun="principle" title="Mean by principle" />,
              },
              {
                id: 'matrix',
                label: 'Theme × principle',
                content: <MatrixView results={results} />,
              },
            ]}
          />
        </>
      )}
    </>
  );
}
