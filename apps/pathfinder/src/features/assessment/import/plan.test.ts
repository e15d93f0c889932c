import { describe, expect, it } from 'vitest';
import { organisationalAssessment } from '@nttp/assessment';
import { statementsOf } from '../engine';
import { parseCsv, toCsv } from './csv';
import { googleFormsCsv, microsoftFormsCsv, surveyMonkeyCsv, teamSpreadsheetCsv } from './fixtures';
import { previewImport, rowsToSave, toResponses, undecidedDuplicates, NO_CHOICES } from './plan';

const statements = statementsOf(organisationalAssessment);
const preview = (csv: string, choices = NO_CHOICES) => previewImport(parseCsv(csv).rows, statements, choices);
const matched = (p: ReturnType<typeof preview>) => p.columns.filter((c) => c.statementId).length;

describe('previewImport on the forms tools’ exports', () => {
  it('Microsoft Forms: every statement matched exactly; id, times, email and name left aside', () => {
    const p = preview(microsoftFormsCsv());
    expect(matched(p)).toBe(statements.length);
    expect(p.columns.filter((c) => c.statementId).every((c) => c.score === 1)).toBe(true);
    expect(p.identifyingHeadings).toEqual(['Email', 'Name']);
    expect(p.columns.slice(0, 6).map((c) => c.kind)).toEqual(['metadata', 'metadata', 'metadata', 'identifying', 'identifying', 'metadata']);
    expect(rowsToSave(p)).toHaveLength(6);
    expect(p.rows[0]!.answers[statements[0]!.id]).toBe(1);
  });

  it('Google Forms: `Title [Row text]` headings with curly quotes match; "Don’t know" is kept apart', () => {
    const p = preview(googleFormsCsv());
    expect(matched(p)).toBe(statements.length);
    expect(p.rows[0]!.answers[statements[4]!.id]).toBe('dont-know');
    expect(p.identifyingHeadings).toEqual(['Email address']);
  });

  it('SurveyMonkey: two header rows are read as one, and rows are numbered as the sheet shows them', () => {
    const p = preview(surveyMonkeyCsv());
    expect(p.twoHeaderRows).toBe(true);
    expect(matched(p)).toBe(statements.length);
    expect(p.rows[0]!.rowNumber).toBe(3);
    expect(p.identifyingHeadings).toEqual(['IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1']);
  });

  it('a team’s own sheet: semicolons, numbered, shortened and reworded headings, N/A, DK and blanks', () => {
    const p = preview(teamSpreadsheetCsv());
    expect(matched(p)).toBe(statements.length);
    const close = p.columns.filter((c) => c.statementId && c.score < 1).map((c) => c.column);
    expect(close).toEqual([1, 2]);
    expect(p.rows.map((r) => Object.values(r.answers).filter((a) => typeof a !== 'number'))).toEqual([
      ['not-applicable'],
      ['not-applicable'],
      ['dont-know'],
      [null],
      ['dont-know'],
    ]);
    expect(rowsToSave(p)).toHaveLength(5);
  });
});

describe('refusals, choices and duplicates', () => {
  const text = statements.slice(0, 3).map((s) => s.text);
  const csv = toCsv([
    ['Email', ...text, 'Which team are you in?'],
    ['a@example.org', 'Agree', '7', 'Agree', 'North'],
    ['b@example.org', '', '', '', 'South'],
    ['c@example.org', 'Agree', 'Sort of', 'Disagree', 'North'],
    ['a@example.org', 'Disagree', 'Agree', 'Agree', 'North'],
  ]);

  it('explains every refused row by its number and why, and leaves an unknown column unmatched', () => {
    const p = preview(csv);
    expect(p.columns[4]).toMatchObject({ heading: 'Which team are you in?', statementId: null });
    expect(p.rows.map((r) => [r.rowNumber, r.problems.length])).toEqual([[2, 1], [3, 1], [4, 1], [5, 0]]);
    expect(p.rows[0]!.problems[0]).toContain('beyond this statement’s 1 to 5 scale');
    expect(p.rows[1]!.problems[0]).toBe('This row has no answers to any matched statement.');
    expect(p.rows[2]!.problems[0]).toContain('“Sort of”');
    expect(p.unknownAnswers.map((u) => [u.text, u.reason])).toEqual([['7', 'off-scale'], ['Sort of', 'unknown-word']]);
  });

  it('maps words and a longer scale only as the person says, and skips or remaps columns they choose', () => {
    const p = preview(csv, { ...NO_CHOICES, answerMap: { '7': 5, 'sort of': 'dont-know' }, mapping: { 3: null } });
    expect(p.rows[0]!.answers).toEqual({ [statements[0]!.id]: 4, [statements[1]!.id]: 5 });
    expect(p.rows[2]!.problems).toEqual([]);
  });

  it('shows the same person twice as duplicates and keeps the row the person chooses', () => {
    const p = preview(csv);
    expect(p.duplicates).toEqual([{ key: 'duplicate-1', rowNumbers: [2, 5], why: 'same-person' }]);
    expect(undecidedDuplicates(p, NO_CHOICES)).toHaveLength(1);
    const kept = preview(csv, { ...NO_CHOICES, answerMap: { '7': 5 }, duplicateKeep: { 'duplicate-1': [5] } });
    // Row 2 is left out by the choice, row 3 has no answers and row 4 an unknown word: row 5 is saved.
    expect(rowsToSave(kept).map((r) => r.rowNumber)).toEqual([5]);
    expect(kept.rows.find((r) => r.rowNumber === 2)!.leftOut).toBe(true);
  });

  it('saves responses with pseudonymous ids and nothing from the identifying columns', () => {
    const p = preview(microsoftFormsCsv(2));
    const responses = toResponses(p, 'baseline', '2025-03-04', (_row, i) => `p-${i}`);
    expect(responses.map((r) => r.respondentId)).toEqual(['p-0', 'p-1']);
    expect(JSON.stringify(responses)).not.toMatch(/"anonymous"|example\.org|"Email"/);
  });
});
