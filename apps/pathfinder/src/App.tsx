// The app: which page the address names, inside the shared frame.
import { useHashLocation } from './routing/useHashLocation';
import { WorkspacesPage } from './app/WorkspacesPage';
import { WorkspaceShell } from './app/WorkspaceShell';
import { NotFoundPage } from './app/NotFoundPage';
import { Frame } from './app/Frame';
import { FocusOnArrival } from './app/FocusOnArrival';
import { usePageTitle } from './app/usePageTitle';

function OutsideWorkspace({ title, navigations, children }: { title: string; navigations: number; children: React.ReactNode }) {
  usePageTitle(title);
  return (
    <Frame>
      {children}
      <FocusOnArrival navigations={navigations} />
    </Frame>
  );
}

export function App() {
  const { location, navigations } = useHashLocation();
  return (
    <div className="nttp-root app">
      {location.kind === 'home' ? (
        <OutsideWorkspace title="Your workspaces" navigations={navigations}>
          <WorkspacesPage />
        </OutsideWorkspace>
      ) : location.kind === 'workspace' ? (
        <WorkspaceShell key={location.workspaceId} workspaceId={location.workspaceId} path={location.path} navigations={navigations} />
      ) : (
        <OutsideWorkspace title="Page not found" navigations={navigations}>
          <NotFoundPage />
        </OutsideWorkspace>
      )}
    </div>
  );
}
