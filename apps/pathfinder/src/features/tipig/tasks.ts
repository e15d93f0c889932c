// The TIPIG's line on the overview, with its status from the workspace.
import type { PathfinderWorkspace } from '@nttp/domain';
import type { JourneyTask } from '../types';
import { plural } from '../understanding/kit';

export function tipigTasks(workspace: PathfinderWorkspace): JourneyTask[] {
  const tipig = workspace.tipigs[0];
  const open = tipig ? tipig.meetings.flatMap((m) => m.actions).filter((a) => a.status !== 'done' && a.status !== 'stopped').length : 0;
  return [
    {
      id: 'tipig',
      phase: 'plan',
      title: 'Implementation group (TIPIG)',
      path: 'tipig',
      // Under way once the charter is agreed; established once the group has met.
      status: !tipig ? 'not-started' : tipig.meetings.length > 0 ? 'completed' : 'in-progress',
      hint: tipig
        ? `${plural(tipig.members.length, 'member')}, ${plural(tipig.meetings.length, 'meeting')}, ${plural(open, 'open action')}.`
        : 'Agree a charter with the staff who will carry the learning forward.',
    },
  ];
}
