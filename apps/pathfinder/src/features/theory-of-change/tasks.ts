// The Theory of Change's line on the overview: its status comes from what the workspace holds.
import type { PathfinderWorkspace } from '@nttp/domain';
import type { JourneyTask } from '../types';
import { plural } from '../understanding/kit';

export function theoryOfChangeTasks(workspace: PathfinderWorkspace): JourneyTask[] {
  const tocs = workspace.theoriesOfChange;
  const nodes = tocs.flatMap((t) => t.nodes);
  const links = tocs.reduce((sum, t) => sum + t.links.length, 0);
  // Drafted once activities are linked through to a long-term outcome or impact.
  const drafted = tocs.some(
    (t) => t.links.length > 0 && t.nodes.some((n) => n.kind === 'activity') && t.nodes.some((n) => n.kind === 'long-term-outcome' || n.kind === 'impact'),
  );
  return [
    {
      id: 'theory-of-change',
      phase: 'plan',
      title: 'Theory of Change',
      path: 'theory-of-change',
      status: tocs.length === 0 ? 'not-started' : drafted ? 'completed' : 'in-progress',
      hint: tocs.length === 0 ? 'Link the prioritised activities to the outcomes you hope for.' : `${plural(nodes.length, 'step')} and ${plural(links, 'link')}.`,
    },
  ];
}
