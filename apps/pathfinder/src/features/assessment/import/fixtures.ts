// Exports shaped like the forms tools services use (see shared research, data-collection.md), built from
// the instrument's own statements so they stay in step with it. Fictional people only.
import { organisationalAssessment } from '@nttp/assessment';
import { toCsv } from './csv';

const items = organisationalAssessment.items;
const WORDS = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
/** A fixed answer pattern: person p's answer to item i, 1 to 5. */
const point = (p: number, i: number) => ((p * 7 + i * 3) % 5) + 1;

/** Microsoft Forms (Excel download, saved as CSV): id, times, email, name, then one column per statement, answers as words. */
export function microsoftFormsCsv(people = 6): string {
  const header = ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', ...items.map((i) => i.text)];
  const rows = Array.from({ length: people }, (_, p) => [String(p + 1), '3/4/25 10:02:11', '3/4/25 10:09:40', 'anonymous', '', '', ...items.map((_, i) => WORDS[point(p, i) - 1]!)]);
  return '\uFEFF' + toCsv([header, ...rows]);
}

/** Google Forms: a timestamp, an email, then a grid question's rows as `Title [Row text]`, with curly quotes where a person typed them. */
export function googleFormsCsv(people = 6): string {
  const header = ['Timestamp', 'Email address', ...items.map((i) => `How far do you agree? [${i.text.replaceAll("'", '’')}]`)];
  const rows = Array.from({ length: people }, (_, p) => [`2025/03/04 10:0${p}:00 AM GMT`, `person${p + 1}@example.org`, ...items.map((_, i) => (i === 4 && p === 0 ? 'Don’t know' : WORDS[point(p, i) - 1]!))]);
  return toCsv([header, ...rows]);
}

/** SurveyMonkey: two header rows (the question, then each statement), respondent, collector and IP columns first. */
export function surveyMonkeyCsv(people = 6): string {
  const top = ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1', 'Thinking about your service, how far do you agree with each statement?', ...items.slice(1).map(() => '')];
  const second = ['', '', '', '', '', '', '', '', '', ...items.map((i) => i.text)];
  const rows = Array.from({ length: people }, (_, p) => [String(114000 + p), '4012', '03/04/2025 10:00', '03/04/2025 10:12', `192.0.2.${p + 1}`, '', '', '', '', ...items.map((_, i) => WORDS[point(p, i) - 1]!)]);
  return toCsv([top, second, ...rows]);
}

/**
 * A team's own spreadsheet, saved in a locale that writes semicolons: numbered and shortened headings, a
 * changed word, numbers as text, "N/A", "n/a", "DK", blanks, trailing empty columns, Windows line ends.
 */
export function teamSpreadsheetCsv(): string {
  const header = items.map((item, i) => {
    if (i === 0) return `${i + 1}. ${item.text}`;
    if (i === 1) return item.text.slice(0, 40);
    // A changed word: the last long word of the statement becomes another.
    if (i === 2) return item.text.replace(/(\w{5,})(\W*)$/, 'things$2');
    return `Q${i + 1}. ${item.text.toUpperCase()}`;
  });
  const special = ['N/A', 'n/a', 'DK', '', 'don’t know'];
  const rows = Array.from({ length: 5 }, (_, p) => items.map((_, i) => (i === p ? special[p]! : String(point(p, i)))));
  return toCsv([[...header, '', ''], ...rows.map((r) => [...r, '', ''])], ';');
}
