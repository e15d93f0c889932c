// Keeps one wellbeing plan in this browser's localStorage: it never leaves the device unless the person
// exports it. Everything read back is parsed, so a damaged entry is reported, never half-used.
import { safeParseDocument, type DomainIssue, type WellbeingPlan } from '@nttp/domain';

export const WELLBEING_STORAGE_KEY = 'nttp-pathfinder:wellbeing-plan';

export type LoadResult = { kind: 'empty' } | { kind: 'loaded'; plan: WellbeingPlan } | { kind: 'unreadable'; issues: DomainIssue[] };

export function loadPlan(storage: Storage = localStorage): LoadResult {
  const raw = storage.getItem(WELLBEING_STORAGE_KEY);
  if (raw === null) return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', issues: [{ path: [], where: '', code: 'unreadable', message: 'The saved plan could not be read as JSON.' }] };
  }
  const result = safeParseDocument('WellbeingPlan', data);
  return result.ok ? { kind: 'loaded', plan: result.value } : { kind: 'unreadable', issues: result.error.issues };
}

/** Saves only a plan that parses; otherwise returns the issues and leaves what was saved untouched. */
export function savePlan(plan: unknown, storage: Storage = localStorage): { ok: true; plan: WellbeingPlan } | { ok: false; issues: DomainIssue[] } {
  const result = safeParseDocument('WellbeingPlan', plan);
  if (!result.ok) return { ok: false, issues: result.error.issues };
  storage.setItem(WELLBEING_STORAGE_KEY, JSON.stringify(result.value));
  return { ok: true, plan: result.value };
}

export function clearPlan(storage: Storage = localStorage): void {
  storage.removeItem(WELLBEING_STORAGE_KEY);
}

/** Text areas hold one entry per line. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
