// What each feature (a folder under src/features/) gives the app shell: its pages and its tasks on the
// overview's task list. The shell owns routing, the workspace store and the page frame.
import type { ComponentType } from 'react';
import type { PathfinderWorkspace } from '@nttp/domain';

/** A page's parameters, from its route pattern: `assessment/:roundId` on `assessment/r1` gives `{ roundId: 'r1' }`. */
export type RouteParams = Readonly<Record<string, string>>;

export interface ToolPageProps {
  params: RouteParams;
}

export interface ToolRoute {
  /** The address inside a workspace, with `:name` parameters, such as `assessment/:roundId/device`. */
  pattern: string;
  /** The page title (the document title and the breadcrumb), from the workspace and the parameters. */
  title: (workspace: PathfinderWorkspace, params: RouteParams) => string;
  /** The page, loaded when first visited (`lazy(() => import('./SomePage'))`) so the first load stays small. */
  Page: ComponentType<ToolPageProps>;
}

/** Statuses as the overview's TaskList shows them. */
import type { TaskStatus } from '@nttp/ui';
export type { TaskStatus };


export interface JourneyTask {
  id: string;
  phase: 'understand' | 'plan' | 'implement';
  title: string;
  /** The page inside the workspace, such as `assessment`. */
  path: string;
  status: TaskStatus;
  /** A short line under the title: what is there, or what to do first. */
  hint?: string;
}

export interface Feature {
  routes: readonly ToolRoute[];
  /** This feature's tasks on the overview, with statuses that come from the workspace. */
  tasks: (workspace: PathfinderWorkspace) => JourneyTask[];
}
