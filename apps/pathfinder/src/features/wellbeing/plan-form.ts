// The wellbeing plan's form: one entry per line in each box, read into a WellbeingPlan for the store.
import type { WellbeingPlan } from '@nttp/domain';
import { linesOf } from '../../storage/wellbeing-store';

export const PLAN_FIELDS = [
  { name: 'whatKeepsMeWell', label: 'What keeps me well at work', hint: 'One thing on each line, such as a walk at lunchtime.' },
  { name: 'earlySigns', label: 'Early signs that I am finding things hard', hint: 'One sign on each line.' },
  { name: 'whatHelps', label: 'What helps when I notice those signs', hint: 'One thing on each line.' },
  { name: 'stabilisationTechniques', label: 'Safety and stabilisation techniques I use', hint: 'For example, 5-4-3-2-1 grounding.' },
] as const;

export type PlanFieldName = (typeof PLAN_FIELDS)[number]['name'];
export type PlanDraft = Record<PlanFieldName, string> & { reviewOn: string };

export function draftFrom(plan: WellbeingPlan | undefined): PlanDraft {
  const lists = Object.fromEntries(PLAN_FIELDS.map((f) => [f.name, (plan?.[f.name] ?? []).join('\n')])) as Record<PlanFieldName, string>;
  return { ...lists, reviewOn: plan?.reviewOn ?? '' };
}

export function isEmpty(draft: PlanDraft): boolean {
  return PLAN_FIELDS.every((f) => draft[f.name].trim() === '') && draft.reviewOn === '';
}

/** The plan to save: what was there before (id, start date, contacts), with the form's answers. */
export function planFrom(draft: PlanDraft, before: WellbeingPlan | undefined, today: string): unknown {
  return {
    id: before?.id ?? 'my-wellbeing-plan',
    ownerId: before?.ownerId ?? 'me',
    createdOn: before?.createdOn ?? today,
    ...(draft.reviewOn ? { reviewOn: draft.reviewOn } : {}),
    ...Object.fromEntries(PLAN_FIELDS.map((f) => [f.name, linesOf(draft[f.name])])),
    whoCanHelp: before?.whoCanHelp ?? [],
    ...(before?.supervision ? { supervision: before.supervision } : {}),
  };
}

/** The field a refusal is about, for the error summary's link. */
export function fieldIdFor(path: readonly (string | number)[]): string {
  const name = String(path[0] ?? 'whatKeepsMeWell');
  return `wellbeing-${PLAN_FIELDS.some((f) => f.name === name) || name === 'reviewOn' ? name : 'whatKeepsMeWell'}`;
}
