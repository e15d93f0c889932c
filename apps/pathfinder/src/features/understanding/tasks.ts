// Phase 1's lines on the overview, with statuses from the workspace.
import { FAMILIARISATION_TOPICS, type PathfinderWorkspace } from '@nttp/domain';
import type { JourneyTask } from '../types';
import { plural } from './kit';

export function understandingTasks(workspace: PathfinderWorkspace): JourneyTask[] {
  const notes = workspace.familiarisation.notes;
  const topics = new Set(notes.map((n) => n.topicId)).size;
  const events = workspace.lensEvents;
  const maps = events.flatMap((e) => e.journeyMaps);
  const priorities = maps.reduce((sum, m) => sum + m.priorities.length, 0);
  return [
    {
      id: 'familiarisation',
      phase: 'understand',
      title: 'Familiarisation conversations',
      path: 'understanding',
      // Done once every discussion topic has at least one note.
      status: notes.length === 0 ? 'not-started' : topics === FAMILIARISATION_TOPICS.length ? 'completed' : 'in-progress',
      hint: notes.length ? `${plural(notes.length, 'note')} on ${topics} of ${FAMILIARISATION_TOPICS.length} topics.` : 'Talk with staff and partners about how the service works today.',
    },
    {
      id: 'lens-event',
      phase: 'understand',
      title: 'TI lens event and journey map',
      path: 'lens-events',
      // Done once a journey map ends with agreed priorities.
      status: events.length === 0 ? 'not-started' : priorities > 0 ? 'completed' : 'in-progress',
      hint: events.length ? `${plural(events.length, 'event')}, ${plural(maps.length, 'journey map')}, ${plural(priorities, 'priority', 'priorities')} agreed.` : 'Trace fictional journeys through the service and agree priorities.',
    },
  ];
}
