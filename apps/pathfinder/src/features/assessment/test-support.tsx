// A workspace for this feature's component tests: the fictional example plus an open round.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { PathfinderWorkspace } from '@nttp/domain';
import { exampleWorkspace } from '@nttp/domain/fixtures';
import { useWorkspace, MemoryWorkspaceProvider } from '../../workspace/context';
import { addRound } from './rounds';

export const AXE = { rules: { 'color-contrast': { enabled: false } } } as const;

export function workspaceWithOpenRound(kind: 'baseline' | 'follow-up' | 'training-needs' = 'baseline'): { workspace: PathfinderWorkspace; roundId: string } {
  return addRound(structuredClone(exampleWorkspace), {
    kind,
    label: 'Spring round',
    openedOn: '2025-03-01',
  });
}

/** Renders `page` in a memory workspace; `latest()` gives the workspace as the page last left it. */
export function renderInWorkspace(page: ReactElement, initial: PathfinderWorkspace) {
  let current = initial;
  function Spy() {
    current = useWorkspace().workspace;
    return null;
  }
  const view = render(
    <MemoryWorkspaceProvider initial={initial}>
      <main id="main">{page}</main>
      <Spy />
    </MemoryWorkspaceProvider>
  );
  return { ...view, latest: () => current };
}
