// Small pure helpers the planning pages share (understanding, TIPIG, Theory of Change, plan): ids, lists
// written one per line, optional text, and where a refusal's issue points on the page.
import { PRINCIPLES, THEMES, type DomainIssue, type WorkStatus } from '@nttp/domain';

/** The first free id `prefix-N`, counting from one more than the list's length so ids rarely collide. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = used.size + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** A list typed one item per line: trimmed, blank lines left out. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function joinLines(list: readonly string[] | undefined): string {
  return (list ?? []).join('\n');
}

/** Text that may be left blank: trimmed, and left out of the document when empty. */
export function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed ? trimmed : undefined;
}

/** A whole number typed in a box; text that is not one becomes NaN, which the schema explains. */
export function wholeNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function replaceById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
}

export function removeById<T extends { id: string }>(list: readonly T[], id: string): T[] {
  return list.filter((x) => x.id !== id);
}

/**
 * The form field an issue is about: a field named by the end of its path (`years.0.focus`), or else the
 * last key in its path that names one of the form's fields.
 */
export function fieldOf(issue: DomainIssue, fields: readonly string[]): string | undefined {
  const joined = issue.path.join('.');
  const byPath = fields.find((field) => field.includes('.') && (joined === field || joined.endsWith(`.${field}`)));
  if (byPath) return byPath;
  for (let i = issue.path.length - 1; i >= 0; i--) {
    const key = issue.path[i];
    if (typeof key === 'string' && fields.includes(key)) return key;
  }
  return undefined;
}

export const THEME_OPTIONS = THEMES.map((t) => ({ value: t.id, label: t.name }));
export const PRINCIPLE_OPTIONS = PRINCIPLES.map((p) => ({ value: p.id, label: p.name }));
export const themeName = (id: string) => THEMES.find((t) => t.id === id)?.name ?? id;
export const principleName = (id: string) => PRINCIPLES.find((p) => p.id === id)?.name ?? id;

export const WORK_STATUS_TEXT: Record<WorkStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  paused: 'Paused',
  stopped: 'Stopped',
};
export const WORK_STATUS_OPTIONS = Object.entries(WORK_STATUS_TEXT).map(([value, label]) => ({ value, label }));

/** A date as people read it: 14 March 2025. */
export function readableDate(iso: string | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

/** "1 step", "3 steps". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
