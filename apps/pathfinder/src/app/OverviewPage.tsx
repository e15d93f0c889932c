// The workspace's home: the pathfinder journey as a task list for each phase, with statuses from the
// workspace's own data and each task linking to its page.
import { PHASES, type PathfinderWorkspace } from '@nttp/domain';
import { Heading, ProgressSummary, TaskList, Text, type Task } from '@nttp/ui';
import { FEATURES } from '../features/registry';
import type { Feature, JourneyTask } from '../features/types';
import { useWorkspace } from '../workspace/context';

/** Every feature's tasks, in the registry's (journey) order. */
export function journeyTasks(workspace: PathfinderWorkspace, features: readonly Feature[] = FEATURES): JourneyTask[] {
  return features.flatMap((feature) => feature.tasks(workspace));
}

export function OverviewPage() {
  const { workspace, href } = useWorkspace();
  const tasks = journeyTasks(workspace);
  const asTask = (task: JourneyTask): Task => ({ id: task.id, title: task.title, href: href(task.path), status: task.status, hint: task.hint });
  const { pathfinder } = workspace;
  return (
    <>
      <Heading level={1} caption={pathfinder.area}>
        {pathfinder.name}
      </Heading>
      <Text lead>
        The pathfinder’s journey in three phases. Each task’s status comes from what is saved in this workspace; choose a task to work on it.
      </Text>
      <ProgressSummary tasks={tasks.map(asTask)} unit={['task', 'tasks']} />
      {PHASES.map((phase) => {
        const inPhase = tasks.filter((task) => task.phase === phase.id);
        return (
          <section key={phase.id} aria-labelledby={`phase-${phase.id}`} className="app-phase">
            <Heading level={2} id={`phase-${phase.id}`}>
              {phase.number}. {phase.name}
            </Heading>
            {inPhase.length > 0 ? <TaskList tasks={inPhase.map(asTask)} /> : <Text tone="secondary">No tasks here yet.</Text>}
          </section>
        );
      })}
    </>
  );
}
