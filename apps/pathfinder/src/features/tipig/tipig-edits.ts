// The implementation group's changes to the workspace as pure functions.
import type { PathfinderWorkspace, Tipig, TipigMeeting } from '@nttp/domain';
import { replaceById } from '../understanding/kit';

export const tipigOf = (workspace: PathfinderWorkspace): Tipig | undefined => workspace.tipigs[0];

export function putTipig(workspace: PathfinderWorkspace, tipig: Tipig): PathfinderWorkspace {
  return { ...workspace, tipigs: replaceById(workspace.tipigs, tipig) };
}

export function putMeeting(tipig: Tipig, meeting: TipigMeeting): Tipig {
  return { ...tipig, meetings: replaceById(tipig.meetings, meeting) };
}

/** Meetings, most recent first. */
export const byDateDescending = (meetings: readonly TipigMeeting[]) => [...meetings].sort((a, b) => b.date.localeCompare(a.date));
