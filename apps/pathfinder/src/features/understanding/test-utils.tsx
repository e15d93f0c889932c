// Renders a page inside an in-memory workspace and lets the test read what the workspace now holds.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { PathfinderWorkspace } from '@nttp/domain';
import { MemoryWorkspaceProvider, useWorkspace } from '../../workspace/context';

/** Axe in jsdom cannot compute colours; contrast is checked in the browser tests. */
export const AXE_OPTIONS = { rules: { 'color-contrast': { enabled: false } } } as const;

export function renderInWorkspace(page: ReactElement, initial: PathfinderWorkspace) {
  const seen: { workspace: PathfinderWorkspace } = { workspace: initial };
  function Probe() {
    seen.workspace = useWorkspace().workspace;
    return null;
  }
  const result = render(
    <MemoryWorkspaceProvider initial={initial} workspaceId="w1">
      {page}
      <Probe />
    </MemoryWorkspaceProvider>,
  );
  return { ...result, workspace: () => seen.workspace };
}
