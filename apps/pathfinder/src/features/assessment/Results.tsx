// Group results as plain words, a chart and a table of the same numbers, with the workings (statements'
// text, never ids) behind "How this was worked out". Shared by the results page and the follow-up report.
import { Details, Heading, Text } from '@nttp/ui';
import { BarChart, DataTable } from './Chart';
import { MIN_GROUP, type UnitResult } from './engine';
import { formatScore } from './shared';

const SCALE_TEXT: [string, string] = ['1 Strongly disagree', '5 Strongly agree'];

/** The strongest and the weakest shown units, in words. */
export function summarise(units: readonly UnitResult[], noun: string): string {
  const shown = units.filter((u) => u.mean !== null).sort((a, b) => b.mean! - a.mean!);
  if (shown.length === 0) return `No ${noun} has enough answers to show a result yet.`;
  const top = shown[0]!;
  const bottom = shown[shown.length - 1]!;
  const hidden = units.length - shown.length;
  const parts = [
    shown.length === 1
      ? `${top.title} scored ${formatScore(top.mean)} out of 5${top.band ? ` (${top.band.label})` : ''}.`
      : `The highest ${noun} is ${top.title} at ${formatScore(top.mean)} out of 5${top.band ? ` (${top.band.label})` : ''}; the one with most room to grow is ${
          bottom.title
        } at ${formatScore(bottom.mean)}${bottom.band ? ` (${bottom.band.label})` : ''}.`,
  ];
  if (hidden > 0) parts.push(`${hidden} ${hidden === 1 ? 'result is' : 'results are'} not shown, to keep small groups’ answers private.`);
  return parts.join(' ');
}

export function UnitsTable({ units, caption, firstColumn }: { units: readonly UnitResult[]; caption: string; firstColumn: string }) {
  return (
    <DataTable caption={caption} columns={[{ label: firstColumn }, { label: 'Mean (1 to 5)', numeric: true }, { label: 'Band' }, { label: 'People', numeric: true }]}>
      {units.map((u) => (
        <tr key={u.id}>
          <th scope="row">{u.title}</th>
          <td className="assessment-number">{formatScore(u.mean)}</td>
          <td>{u.band?.label ?? (u.withheldReason ? 'Not shown' : '')}</td>
          <td className="assessment-number">{u.n}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function Workings({ units }: { units: readonly UnitResult[] }) {
  return (
    <Details summary="How this was worked out">
      <Text>
        Each person’s score for a theme or principle is the mean of their answers to its statements, from 1 (strongly disagree) to 5 (strongly agree). Statements that
        describe the opposite of the aim are turned round (5 becomes 1). “Not applicable” leaves a statement out; “don’t know” and blanks count as not answered. A
        person’s score is shown only when they answered at least 80% of the statements that apply to them; the group result is the mean of those scores.
      </Text>
      {units.map((u) => (
        <section key={u.id}>
          <Heading level={3}>{u.title}</Heading>
          <Text>
            {u.mean === null
              ? u.withheldReason
              : `Mean ${formatScore(u.mean)}, median ${formatScore(u.median)}, from ${u.n} people; spread (standard deviation) ${formatScore(u.sd)}, lowest ${formatScore(
                  u.min
                )}, highest ${formatScore(u.max)}.${u.agreement === null ? '' : ` Agreement within the group (rwg(j), 0 to 1): ${formatScore(u.agreement)}.`}${
                  u.notCounted ? ` ${u.notCounted} ${u.notCounted === 1 ? 'person was' : 'people were'} not counted, having answered too few of these statements.` : ''
                }`}
            {u.band ? ` ${u.band.label}: ${u.band.description}` : ''}
          </Text>
          <ul className="assessment-statement-list">
            {u.statements.map((s) => (
              <li key={s.text}>
                “{s.text}”: {s.answered} answered
                {s.mean === null ? '' : `, mean ${formatScore(s.mean)}`}
                {s.notApplicable ? `; ${s.notApplicable} not applicable` : ''}
                {s.dontKnow ? `; ${s.dontKnow} don’t know` : ''}
                {s.skipped + s.noAnswer ? `; ${s.skipped + s.noAnswer} left blank` : ''}.
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Details>
  );
}

export function UnitsView({ units, noun, title }: { units: readonly UnitResult[]; noun: string; title: string }) {
  return (
    <>
      <Heading level={2}>{title}</Heading>
      <Text>{summarise(units, noun)}</Text>
      <BarChart
        title={title}
        min={1}
        max={5}
        scaleText={SCALE_TEXT}
        bars={units.map((u) => ({
          key: u.id,
          label: u.title,
          value: u.mean,
          valueText:
            u.mean === null
              ? u.n < MIN_GROUP
                ? `Not shown (fewer than ${MIN_GROUP} people)`
                : 'Not shown (too few answers)'
              : `${formatScore(u.mean)}${u.band ? `, ${u.band.label}` : ''}`,
        }))}
      />
      <UnitsTable units={units} caption={`${title}: the numbers`} firstColumn={noun[0]!.toUpperCase() + noun.slice(1)} />
      <Workings units={units} />
    </>
  );
}
