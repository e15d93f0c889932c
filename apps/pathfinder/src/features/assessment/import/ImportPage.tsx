// Import a spreadsheet from a forms tool: choose a file, check how columns and answers were read, decide
// about duplicates, then save. Nothing is saved before the person confirms the preview.
import { useMemo, useRef, useState } from 'react';
import type { Answer } from '@nttp/domain';
import { Button, CheckboxGroup, ErrorSummary, FormField, GentleCallout, Heading, Link, RadioGroup, Select, Text } from '@nttp/ui';
import type { ToolPageProps } from '../../types';
import { useWorkspace } from '../../../workspace/context';
import { statementsOf } from '../engine';
import { addResponses, isOpen, randomRespondentId, respondentIdFromCode, today } from '../rounds';
import { RoundNotFound, useRound, useSafeUpdate } from '../shared';
import { CLOSE_FROM } from './match';
import { NO_CHOICES, previewImport, rowsToSave, toResponses, undecidedDuplicates, type Cell, type ImportChoices } from './plan';
import { FileReadError, readTable } from './read-file';
import '../assessment.css';
import { TableFrame } from '../../../app/TableFrame';

const KIND_TEXT = { identifying: 'Identifies people: not stored', metadata: 'Times and ids from the form: not stored', role: 'Job role', code: 'Code word (kept only as a code)', other: '' } as const;

export function matchText(score: number): string {
  if (score >= 1) return 'Same words';
  if (score >= CLOSE_FROM) return `Close match (${Math.round(score * 100)}%)`;
  return `Please check (${Math.round(score * 100)}%)`;
}

export default function ImportPage({ params }: ToolPageProps) {
  const context = useRound(params.roundId);
  const { href } = useWorkspace();
  const { apply, issues } = useSafeUpdate();
  const [fileName, setFileName] = useState('');
  const [table, setTable] = useState<Cell[][] | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [choices, setChoices] = useState<ImportChoices>(NO_CHOICES);
  const [saved, setSaved] = useState<number | null>(null);
  const [waiting, setWaiting] = useState<string[]>([]);
  const [changing, setChanging] = useState<ReadonlySet<number>>(new Set());
  const savedRef = useRef<HTMLDivElement>(null);
  const statements = useMemo(() => (context ? statementsOf(context.instrument) : []), [context]);
  const statementText = useMemo(() => new Map(statements.map((s, i) => [s.id, `${i + 1}. ${s.text}`])), [statements]);
  const preview = useMemo(() => (table ? previewImport(table, statements, choices) : null), [table, statements, choices]);

  if (!context) return <RoundNotFound title="Import a spreadsheet" />;
  const { round } = context;
  const roundHref = href(`assessment/${round.id}`);

  const choose = async (file: File | undefined) => {
    setSaved(null);
    setWaiting([]);
    if (!file) return;
    setFileName(file.name);
    try {
      const rows = await readTable(file);
      if (rows.length < 2) throw new FileReadError('This file has a header row but no answers beneath it. Check it is the export with everyone’s answers.');
      setTable(rows);
      setChoices(NO_CHOICES);
      setChanging(new Set());
      setFileError(undefined);
    } catch (error) {
      setTable(null);
      setFileError(error instanceof FileReadError ? error.message : 'This file could not be read. Save it as .csv or .xlsx and choose it again.');
    }
  };

  const save = () => {
    if (!preview) return;
    const undecided = undecidedDuplicates(preview, choices);
    if (undecided.length > 0) {
      setWaiting(undecided.map((g) => `Choose which of rows ${g.rowNumbers.join(', ')} to keep.`));
      return;
    }
    setWaiting([]);
    const responses = toResponses(preview, round.id, today(), (row) => (row.code ? respondentIdFromCode(round.pathfinderId, row.code) : randomRespondentId()));
    if (apply((ws) => addResponses(ws, responses))) {
      setSaved(responses.length);
      setTable(null);
      setFileName('');
      requestAnimationFrame(() => savedRef.current?.focus());
    }
  };

  const setMapping = (column: number, statementId: string | null) => setChoices((c) => ({ ...c, mapping: { ...c.mapping, [column]: statementId } }));
  const setAnswer = (key: string, answer: Answer | undefined) =>
    setChoices((c) => {
      const answerMap = { ...c.answerMap };
      if (answer === undefined) delete answerMap[key];
      else answerMap[key] = answer;
      return { ...c, answerMap };
    });
  const scale = statements[0]?.scale;
  const answerOptions = [
    { value: 'refuse', label: 'Leave these rows out' },
    ...(scale?.labels ?? []).map((l) => ({ value: String(l.value), label: `${l.value}: ${l.label}` })),
    { value: 'not-applicable', label: 'Not applicable' },
    { value: 'dont-know', label: 'Don’t know' },
    { value: 'null', label: 'No answer' },
  ];
  const toSave = preview ? rowsToSave(preview) : [];
  const refused = preview ? preview.rows.filter((r) => r.problems.length > 0) : [];

  return (
    <>
      <Heading level={1} caption={round.label}>
        Import a spreadsheet
      </Heading>
      {issues}
      {saved !== null ? (
        <div ref={savedRef} tabIndex={-1}>
          <GentleCallout title={`${saved} ${saved === 1 ? 'response' : 'responses'} saved`} tone="reassurance" headingLevel={2}>
            Each has a new code instead of a name. <Link href={roundHref}>Back to the round</Link>
          </GentleCallout>
        </div>
      ) : null}
      {!isOpen(round) ? (
        <Text>This round is closed, so it takes no more answers. Open it again from the round’s page to import.</Text>
      ) : (
        <>
          <Text>
            Export the answers from your forms tool (Microsoft Forms, Google Forms, SurveyMonkey or your own spreadsheet) as CSV or Excel (.xlsx), then choose the file.
            You will see how it was read before anything is saved.
          </Text>
          <FormField id="import-file" label="Spreadsheet file" hint="A .csv or .xlsx file, one row per person." error={fileError}>
            {(control) => <input {...control} className="assessment-file" type="file" accept=".csv,.xlsx,text/csv" onChange={(event) => void choose(event.target.files?.[0])} />}
          </FormField>
        </>
      )}
      {preview && isOpen(round) ? (
        <section aria-labelledby="import-preview-title" className="assessment-stack">
          <Heading level={2} id="import-preview-title">
            Check how {fileName} was read
          </Heading>
          {waiting.length > 0 ? <ErrorSummary title="One more choice before saving" errors={waiting.map((text) => ({ href: '#import-duplicates', text }))} /> : null}
          <GentleCallout title="What is kept" tone="important" headingLevel={3}>
            Only the answers to the statements are kept, each person under a new code.{' '}
            {preview.identifyingHeadings.length > 0
              ? `These columns identify people and are never stored: ${preview.identifyingHeadings.join(', ')}. They are read only to spot the same person sending twice.`
              : 'No column that names people was found.'}
          </GentleCallout>
          <CheckboxGroup
            label="Header rows"
            name="import-header-rows"
            hint="Some tools, such as SurveyMonkey, put the question in the first row and each statement in the second."
            value={preview.twoHeaderRows ? ['two'] : []}
            onChange={(value) => setChoices((c) => ({ ...c, twoHeaderRows: value.includes('two') }))}
            options={[{ value: 'two', label: 'The first two rows are headers' }]}
          />
          <Heading level={3}>Columns</Heading>
          <Text>
            {preview.columns.filter((c) => c.statementId).length} of {statements.length} statements have a column. Check any match marked “Please check”, and choose a
            statement for any column we could not match, or skip it.
          </Text>
          <TableFrame label="How each column is used">
            <table className="assessment-table">
              <caption>How each column is used</caption>
              <thead>
                <tr>
                  <th scope="col">Column heading</th>
                  <th scope="col">Match</th>
                  <th scope="col">Statement</th>
                </tr>
              </thead>
              <tbody>
                {preview.columns.map((column) => (
                  <tr key={column.column}>
                    <th scope="row">{column.heading || `Column ${column.column + 1} (no heading)`}</th>
                    <td>{column.kind !== 'other' ? KIND_TEXT[column.kind] : column.column in choices.mapping ? 'Chosen by you' : column.statementId ? matchText(column.score) : 'Not matched'}</td>
                    <td>
                      {column.kind === 'identifying' || column.kind === 'metadata' ? (
                        'Not stored'
                      ) : column.statementId && column.score >= CLOSE_FROM && !changing.has(column.column) ? (
                        <>
                          {statementText.get(column.statementId)}{' '}
                          <Button variant="quiet" onClick={() => setChanging((c) => new Set(c).add(column.column))}>
                            Change<span className="nttp-visually-hidden"> the statement for column {column.column + 1}</span>
                          </Button>
                        </>
                      ) : (
                        <Select
                          id={`import-column-${column.column}`}
                          label={`Statement for column ${column.column + 1}`}
                          value={column.statementId ?? ''}
                          onChange={(event) => setMapping(column.column, event.target.value || null)}
                          options={[{ value: '', label: 'Skip this column' }, ...statements.map((s, i) => ({ value: s.id, label: `${i + 1}. ${s.text}` }))]}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
          {preview.unknownAnswers.length > 0 || Object.keys(choices.answerMap).length > 0 ? (
            <>
              <Heading level={3}>Answers we did not recognise</Heading>
              <Text>
                A number beyond the {scale?.min} to {scale?.max} scale may come from a form with a longer scale: it is never rescaled for you. Say what each stands for,
                or leave those rows out.
              </Text>
              {[...preview.unknownAnswers, ...Object.keys(choices.answerMap).filter((k) => !preview.unknownAnswers.some((u) => u.key === k)).map((k) => ({ key: k, text: k, count: 0, reason: 'unknown-word' as const }))].map((u) => (
                <Select
                  key={u.key}
                  id={`import-answer-${u.key.replace(/[^a-z0-9]/g, '-')}`}
                  label={`“${u.text}”${u.count ? ` (${u.count} ${u.count === 1 ? 'time' : 'times'})` : ''}`}
                  value={u.key in choices.answerMap ? String(choices.answerMap[u.key]) : 'refuse'}
                  onChange={(event) => {
                    const v = event.target.value;
                    setAnswer(u.key, v === 'refuse' ? undefined : v === 'null' ? null : v === 'not-applicable' || v === 'dont-know' ? v : Number(v));
                  }}
                  options={answerOptions}
                />
              ))}
            </>
          ) : null}
          {preview.duplicates.length > 0 ? (
            <div id="import-duplicates" tabIndex={-1}>
              <Heading level={3}>Rows that may be the same person</Heading>
              {preview.duplicates.map((group) => (
                <RadioGroup
                  key={group.key}
                  name={`import-${group.key}`}
                  label={`Rows ${group.rowNumbers.join(' and ')} ${group.why === 'same-person' ? 'come from the same person' : 'have exactly the same answers'}. Which should be kept?`}
                  value={choices.duplicateKeep[group.key] ? (choices.duplicateKeep[group.key]!.length > 1 ? 'all' : String(choices.duplicateKeep[group.key]![0])) : ''}
                  onChange={(value) =>
                    setChoices((c) => ({ ...c, duplicateKeep: { ...c.duplicateKeep, [group.key]: value === 'all' ? group.rowNumbers : [Number(value)] } }))
                  }
                  options={[
                    ...group.rowNumbers.map((n, i) => ({ value: String(n), label: `Only row ${n}${i === group.rowNumbers.length - 1 ? ' (the latest)' : ''}` })),
                    { value: 'all', label: 'Keep them all: they are different people' },
                  ]}
                />
              ))}
            </div>
          ) : null}
          {refused.length > 0 ? (
            <>
              <Heading level={3}>Rows that will not be saved</Heading>
              <ul className="assessment-statement-list">
                {refused.map((row) => (
                  <li key={row.rowNumber}>
                    Row {row.rowNumber}: {row.problems.join(' ')}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <Heading level={3}>Save</Heading>
          <Text>
            {toSave.length} {toSave.length === 1 ? 'row' : 'rows'} will be saved as {toSave.length === 1 ? 'a response' : 'responses'} to this round
            {refused.length > 0 ? `; ${refused.length} ${refused.length === 1 ? 'row is' : 'rows are'} left out, as listed above` : ''}.
          </Text>
          <div className="assessment-actions">
            <Button onClick={save} disabled={toSave.length === 0}>
              Save {toSave.length} {toSave.length === 1 ? 'response' : 'responses'}
            </Button>
            <Link href={roundHref}>Leave without saving</Link>
          </div>
        </section>
      ) : null}
    </>
  );
}
