// A page inside a workspace: opens the workspace, finds the page the address names, and frames it with
// the workspace's navigation, breadcrumbs, title and save status.
import { Suspense, type ReactNode } from 'react';
import { GentleCallout, Heading, Text } from '@nttp/ui';
import { WorkspaceProvider } from '../workspace/WorkspaceProvider';
import { useWorkspace } from '../workspace/context';
import { describeSaveStatus, useSaveStatus } from '../workspace/save-status';
import { findRoute } from '../routing/match';
import { WORKSPACE_ROUTES, breadcrumbsFor, navigationRoutes } from '../routing/routes';
import { Frame, type Crumb } from './Frame';
import { FocusOnArrival } from './FocusOnArrival';
import { NotFoundPage } from './NotFoundPage';
import { TwoTabNotice } from './TwoTabNotice';
import { usePageTitle } from './usePageTitle';

export interface WorkspaceShellProps {
  workspaceId: string;
  path: string;
  navigations: number;
}

function Plain({ title, navigations, children }: { title: string; navigations: number; children: ReactNode }) {
  usePageTitle(title);
  return (
    <Frame crumbs={[{ title: 'Your workspaces', href: '#/' }, { title }]}>
      {children}
      <FocusOnArrival navigations={navigations} />
    </Frame>
  );
}

export function WorkspaceShell({ workspaceId, path, navigations }: WorkspaceShellProps) {
  return (
    <WorkspaceProvider
      workspaceId={workspaceId}
      renderLoading={() => (
        <Frame>
          <p role="status">Opening the workspace…</p>
        </Frame>
      )}
      renderProblem={(problem) =>
        problem.kind === 'missing' ? (
          <Plain title="Workspace not found" navigations={navigations}>
            <NotFoundPage what="workspace" />
          </Plain>
        ) : (
          <Plain title="This workspace cannot be opened" navigations={navigations}>
            <Heading level={1}>This workspace cannot be opened</Heading>
            <GentleCallout title="What was found" tone="important" headingLevel={2}>
              <ul>
                {problem.issues.slice(0, 10).map((issue) => (
                  <li key={`${issue.where}-${issue.message}`}>{issue.where ? `${issue.where}: ${issue.message}` : issue.message}</li>
                ))}
              </ul>
            </GentleCallout>
            <Text>Nothing has been changed. If you have an exported copy of this workspace, you can import it from your workspaces.</Text>
          </Plain>
        )
      }
    >
      <WorkspacePage path={path} navigations={navigations} />
    </WorkspaceProvider>
  );
}

function WorkspaceLine({ name }: { name: string }) {
  const save = useSaveStatus();
  return (
    <p className="app-header__workspace">
      <span className="app-header__workspace-name">{name}</span>{' '}
      <span role="status" className="app-save-status">
        {save ? describeSaveStatus(save.status) : ''}
      </span>
    </p>
  );
}

function WorkspacePage({ path, navigations }: { path: string; navigations: number }) {
  const { workspace, href } = useWorkspace();
  const found = findRoute(WORKSPACE_ROUTES, path);
  const name = workspace.pathfinder.name;
  const title = found ? found.route.title(workspace, found.params) : 'Page not found';
  usePageTitle(title, name);

  const section = path.split('/')[0] ?? '';
  const nav = navigationRoutes().map((route) => ({ href: href(route.pattern), title: route.title(workspace, {}), current: route.pattern === section }));
  const trail = found ? breadcrumbsFor(workspace, path) : [{ title, path }];
  const crumbs: Crumb[] = [
    { title: 'Your workspaces', href: '#/' },
    { title: name, href: path ? href('') : undefined },
    ...trail.map((crumb, index) => ({ title: crumb.title, href: index === trail.length - 1 ? undefined : href(crumb.path) })),
  ];
  const Page = found?.route.Page;

  return (
    <Frame workspaceLine={<WorkspaceLine name={name} />} nav={nav} crumbs={crumbs} notice={<TwoTabNotice />}>
      <Suspense fallback={<p role="status">Loading the page…</p>}>
        {Page && found ? <Page key={path} params={found.params} /> : <NotFoundPage />}
        <FocusOnArrival navigations={navigations} />
      </Suspense>
    </Frame>
  );
}
