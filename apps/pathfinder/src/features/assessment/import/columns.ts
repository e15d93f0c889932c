// Recognises the columns forms tools add around the answers. Columns that identify people are never
// stored; the others (times, ids) are left aside too, since a response keeps a pseudonymous id only.
import { normaliseText } from './match';

export type ColumnKind = 'identifying' | 'metadata' | 'role' | 'code' | 'other';

const IDENTIFYING = [/\be ?mail\b/, /\bname\b/, /\bip\b/, /\bip address\b/, /\bphone\b/, /\bcustom data\b/];
const METADATA = [/^id$/, /\brespondent id\b/, /\bcollector id\b/, /\bresponse id\b/, /\btime ?stamp\b/, /\bstart (time|date)\b/, /\b(completion|end) (time|date)\b/, /\blast modified/, /\bsubmitted (at|on)\b/, /\bdate\b/];
const ROLE = [/^(job )?role$/, /^your (job )?role$/, /^what is your (job )?role/];
const CODE = [/^(personal |your )?code( word)?$/];

/** What kind of column a heading names, from its words alone. */
export function classifyHeading(heading: string): ColumnKind {
  const text = normaliseText(heading);
  if (ROLE.some((r) => r.test(text))) return 'role';
  if (CODE.some((r) => r.test(text))) return 'code';
  if (IDENTIFYING.some((r) => r.test(text))) return 'identifying';
  if (METADATA.some((r) => r.test(text))) return 'metadata';
  return 'other';
}

/**
 * SurveyMonkey and similar tools write two header rows: the question, then the sub-question. The second
 * row is a header row when its first cell is blank (under "Respondent ID") and it has text elsewhere that
 * is not an answer a person could give.
 */
export function hasTwoHeaderRows(rows: readonly (readonly string[])[], isAnswer: (cell: string) => boolean): boolean {
  const second = rows[1];
  if (!second || second[0]?.trim() !== '') return false;
  const filled = second.filter((c) => c.trim() !== '');
  return filled.length > 0 && filled.filter((c) => !isAnswer(c)).length >= filled.length / 2;
}

const GENERIC_SUB = /^(response|open-ended response|other \(please specify\))$/i;

/** One heading per column from two header rows: the sub-question where there is one, else the question carried across. */
export function combineHeaderRows(first: readonly string[], second: readonly string[]): string[] {
  let carried = '';
  return first.map((top, i) => {
    if (top.trim() !== '') carried = top.trim();
    const sub = (second[i] ?? '').trim();
    return sub && !GENERIC_SUB.test(sub) ? sub : carried;
  });
}
