// The questionnaire to print, or to copy into a forms tool as a CSV of the statements.
import { useEffect, useMemo } from 'react';
import { Button, Heading, Link, Text } from '@nttp/ui';
import type { ToolPageProps } from '../types';
import { useWorkspace } from '../../workspace/context';
import { sectionsOf, statementsOf } from './engine';
import { toCsv } from './import/csv';
import { RoundNotFound, useRound } from './shared';
import './assessment.css';

/** One row per statement: number, section, statement and the answers a forms tool should offer. */
export function statementsCsv(statements: ReturnType<typeof statementsOf>, sections: ReturnType<typeof sectionsOf>): string {
  const sectionOf = new Map(sections.flatMap((s) => s.statementIds.map((id) => [id, s.title] as const)));
  const rows = statements.map((s, i) => [
    String(i + 1),
    sectionOf.get(s.id) ?? '',
    s.text,
    [...s.scale.labels.map((l) => l.label), ...(s.offersOutside ? ['Not applicable', 'Don’t know'] : [])].join(' | '),
  ]);
  return toCsv([['Number', 'Theme', 'Statement', 'Answers to offer'], ...rows]);
}

export default function QuestionnairePage({ params }: ToolPageProps) {
  const context = useRound(params.roundId);
  const { href } = useWorkspace();
  const data = useMemo(() => {
    if (!context) return null;
    const statements = statementsOf(context.instrument);
    const sections = sectionsOf(context.instrument);
    const csv = statementsCsv(statements, sections);
    return {
      statements,
      sections,
      url: URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' })),
    };
  }, [context]);
  useEffect(() => () => data ? URL.revokeObjectURL(data.url) : undefined, [data]);
  if (!context || !data) return <RoundNotFound title="The questionnaire" />;
  const { round, instrument } = context;
  const byId = new Map(data.statements.map((s, i) => [s.id, { ...s, number: i + 1 }]));

  return (
    <div className="assessment-print">
      <Heading level={1} caption={round.label}>
        {instrument.title}
      </Heading>
      <div className="assessment-no-print">
        <Text>Print this page for people to fill in by hand, or download the statements as a CSV file to paste into your forms tool. Then import the answers.</Text>
        <div className="assessment-actions">
          <Button onClick={() => window.print()}>Print the questionnaire</Button>
          <a className="nttp-button nttp-button--secondary" href={data.url} download={`${round.id}-statements.csv`}>
            Download the statements (CSV)
          </a>
          <Link href={href(`assessment/${round.id}/import`)}>Import the answers</Link>
        </div>
      </div>
      <Text>
        Please say how far you agree with each statement about our service, as it is now. There are no right answers. If a statement does not apply to your role, or you
        do not know, there is a box for that. Please do not write your name.
      </Text>
      {data.sections.map((section) => (
        <section key={section.title}>
          <Heading level={2}>{section.title}</Heading>
          <ol className="assessment-statement-list">
            {section.statementIds.map((id) => {
              const s = byId.get(id)!;
              return (
                <li key={id} value={s.number}>
                  {s.text}
                  <ul className="assessment-questionnaire__scale">
                    {s.scale.labels.map((l) => (
                      <li key={l.value}>{l.label}</li>
                    ))}
                    {s.offersOutside ? (
                      <>
                        <li>Not applicable</li>
                        <li>Don’t know</li>
                      </>
                    ) : null}
                  </ul>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
