// Shown when another tab saved or deleted this workspace while this tab had changes of its own: nothing
// is overwritten or dropped until the person chooses.
import { Button, GentleCallout, Link, Text } from '@nttp/ui';
import { useSaveStatus } from '../workspace/save-status';
import { useWorkspace } from '../workspace/context';
import { downloadFile, exportWorkspace } from '../workspace/files';

const time = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

export function TwoTabNotice() {
  const save = useSaveStatus();
  const { workspace } = useWorkspace();
  const status = save?.status;
  // Whichever version the person keeps, this tab's copy can go to a file first.
  const download = (
    <Button variant="quiet" onClick={() => downloadFile(exportWorkspace(workspace))}>
      Download this tab’s version as a file
    </Button>
  );
  return (
    <div aria-live="polite" className="app-notice">
      {save && status?.kind === 'conflict' ? (
        <GentleCallout title="This workspace was changed in another tab" tone="important" headingLevel={2}>
          <Text>
            Another tab or window saved a newer version at {time(status.newer.savedAt)}, while this tab had changes not yet saved. Nothing has been overwritten. Choose which version to keep.
          </Text>
          <div className="app-button-row">
            <Button onClick={() => void save.loadNewer()}>Load the newer version</Button>
            <Button variant="secondary" onClick={() => void save.keepThisVersion()}>
              Keep this tab’s version
            </Button>
            {download}
          </div>
        </GentleCallout>
      ) : null}
      {save && status?.kind === 'deleted' ? (
        <GentleCallout title="This workspace was deleted in another tab" tone="important" headingLevel={2}>
          <Text>This tab still shows its copy. You can keep it as a workspace again, or leave it.</Text>
          <div className="app-button-row">
            <Button onClick={() => void save.keepThisVersion()}>Keep this workspace</Button>
            {download}
            <Link href="#/">Go to your workspaces</Link>
          </div>
        </GentleCallout>
      ) : null}
    </div>
  );
}
