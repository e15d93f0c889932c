// Private wellbeing plans, one per workspace, in their own IndexedDB store: never part of the shared
// workspace, and left out of exports unless their owner ticks to include theirs. Everything read back is
// parsed, so a damaged entry is reported, never half-used.
import { safeParseDocument, type DomainIssue, type WellbeingPlan } from '@nttp/domain';
import { openDatabase } from '../workspace/db';

export type PlanLoad = { kind: 'empty' } | { kind: 'loaded'; plan: WellbeingPlan } | { kind: 'unreadable'; issues: DomainIssue[] };
export type PlanSave = { ok: true; plan: WellbeingPlan } | { ok: false; issues: DomainIssue[] };

export async function loadWellbeingPlan(workspaceId: string): Promise<PlanLoad> {
  const db = await openDatabase();
  const stored = await db.get('wellbeing-plans', workspaceId);
  if (!stored) return { kind: 'empty' };
  const parsed = safeParseDocument('WellbeingPlan', stored.plan);
  return parsed.ok ? { kind: 'loaded', plan: parsed.value } : { kind: 'unreadable', issues: parsed.error.issues };
}

/** Saves only a plan that parses; otherwise returns the issues and leaves what was saved untouched. */
export async function saveWellbeingPlan(workspaceId: string, plan: unknown): Promise<PlanSave> {
  const parsed = safeParseDocument('WellbeingPlan', plan);
  if (!parsed.ok) return { ok: false, issues: parsed.error.issues };
  const db = await openDatabase();
  await db.put('wellbeing-plans', { workspaceId, plan: parsed.value });
  return { ok: true, plan: parsed.value };
}

export async function removeWellbeingPlan(workspaceId: string): Promise<void> {
  const db = await openDatabase();
  await db.delete('wellbeing-plans', workspaceId);
}

/** Text areas hold one entry per line. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
