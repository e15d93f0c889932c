// Phase 1's changes to the workspace as pure functions: familiarisation notes, lens events and their
// journey maps (stages, notes on each stage, ranked priorities).
import type { FamiliarisationNote, JourneyMap, LensEvent, PathfinderWorkspace } from '@nttp/domain';
import { removeById, replaceById } from './kit';

type Stage = JourneyMap['stages'][number];
type Priority = JourneyMap['priorities'][number];
export type StageList = 'touchpoints' | 'barriers' | 'positivePractice';

export function putNote(workspace: PathfinderWorkspace, note: FamiliarisationNote): PathfinderWorkspace {
  return { ...workspace, familiarisation: { notes: replaceById(workspace.familiarisation.notes, note) } };
}

export function removeNote(workspace: PathfinderWorkspace, noteId: string): PathfinderWorkspace {
  return { ...workspace, familiarisation: { notes: removeById(workspace.familiarisation.notes, noteId) } };
}

export const findEvent = (workspace: PathfinderWorkspace, eventId: string) => workspace.lensEvents.find((e) => e.id === eventId);

export function putEvent(workspace: PathfinderWorkspace, event: LensEvent): PathfinderWorkspace {
  return { ...workspace, lensEvents: replaceById(workspace.lensEvents, event) };
}

export function removeEvent(workspace: PathfinderWorkspace, eventId: string): PathfinderWorkspace {
  return { ...workspace, lensEvents: removeById(workspace.lensEvents, eventId) };
}

/** Changes one journey map of one event, leaving everything else as it was. */
export function changeMap(workspace: PathfinderWorkspace, eventId: string, mapId: string, change: (map: JourneyMap) => JourneyMap): PathfinderWorkspace {
  return {
    ...workspace,
    lensEvents: workspace.lensEvents.map((event) =>
      event.id === eventId ? { ...event, journeyMaps: event.journeyMaps.map((map) => (map.id === mapId ? change(map) : map)) } : event,
    ),
  };
}

/** Every id used inside a journey map (stages, their notes, priorities): a new one must be free of all. */
export function mapIds(map: JourneyMap): string[] {
  return [
    ...map.stages.flatMap((s) => [s.id, ...s.touchpoints.map((t) => t.id), ...s.barriers.map((b) => b.id), ...s.positivePractice.map((p) => p.id)]),
    ...map.priorities.map((p) => p.id),
  ];
}

export function putStage(map: JourneyMap, stage: Stage): JourneyMap {
  return { ...map, stages: replaceById(map.stages, stage) };
}

export function removeStage(map: JourneyMap, stageId: string): JourneyMap {
  return { ...map, stages: removeById(map.stages, stageId) };
}

/** Gives a stage a new name, keeping its notes. */
export function renameStage(map: JourneyMap, stageId: string, name: string): JourneyMap {
  return { ...map, stages: map.stages.map((s) => (s.id === stageId ? { ...s, name } : s)) };
}

/** Moves a stage one place earlier (-1) or later (+1) in the journey; at either end nothing moves. */
export function moveStage(map: JourneyMap, stageId: string, by: -1 | 1): JourneyMap {
  const from = map.stages.findIndex((s) => s.id === stageId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= map.stages.length) return map;
  const stages = [...map.stages];
  [stages[from], stages[to]] = [stages[to]!, stages[from]!];
  return { ...map, stages };
}

export function addToStage<K extends StageList>(map: JourneyMap, stageId: string, list: K, item: Stage[K][number]): JourneyMap {
  return { ...map, stages: map.stages.map((s) => (s.id === stageId ? { ...s, [list]: [...s[list], item] } : s)) };
}

/** Changes one note of a stage's list in place (same id, same place in the list). */
export function replaceInStage<K extends StageList>(map: JourneyMap, stageId: string, list: K, item: Stage[K][number]): JourneyMap {
  return { ...map, stages: map.stages.map((s) => (s.id === stageId ? { ...s, [list]: replaceById(s[list] as { id: string }[], item) } : s)) };
}

export function removeFromStage(map: JourneyMap, stageId: string, list: StageList, itemId: string): JourneyMap {
  return { ...map, stages: map.stages.map((s) => (s.id === stageId ? { ...s, [list]: (s[list] as { id: string }[]).filter((i) => i.id !== itemId) } : s)) };
}

/** Priorities in rank order, renumbered 1, 2, 3… so ranks never have gaps or ties. */
export function ranked(priorities: readonly Priority[]): Priority[] {
  return [...priorities].sort((a, b) => a.rank - b.rank).map((p, i) => ({ ...p, rank: i + 1 }));
}

/** Adds a priority at the bottom of the ranking, or changes one in place. */
export function putPriority(map: JourneyMap, priority: Omit<Priority, 'rank'>): JourneyMap {
  const existing = map.priorities.find((p) => p.id === priority.id);
  const rank = existing ? existing.rank : map.priorities.length + 1;
  return { ...map, priorities: ranked(replaceById(map.priorities, { ...priority, rank })) };
}

export function removePriority(map: JourneyMap, priorityId: string): JourneyMap {
  return { ...map, priorities: ranked(removeById(map.priorities, priorityId)) };
}

/** Moves a priority one place up (-1) or down (+1) the ranking; at either end nothing moves. */
export function movePriority(map: JourneyMap, priorityId: string, by: -1 | 1): JourneyMap {
  const order = ranked(map.priorities);
  const from = order.findIndex((p) => p.id === priorityId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return map;
  [order[from], order[to]] = [order[to]!, order[from]!];
  return { ...map, priorities: order.map((p, i) => ({ ...p, rank: i + 1 })) };
}
