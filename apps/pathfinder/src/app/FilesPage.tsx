// Export the open workspace as a file, or bring a file in (as a new workspace, or in place of this one).
import { useEffect, useState } from 'react';
import type { WellbeingPlan } from '@nttp/domain';
import { Button, CheckboxGroup, Heading, Text } from '@nttp/ui';
import { useWorkspace } from '../workspace/context';
import { downloadFile, exportWorkspace } from '../workspace/files';
import { loadWellbeingPlan } from '../storage/wellbeing-store';
import { ImportWorkspace } from './ImportWorkspace';
import { Section } from './Section';

export default function FilesPage() {
  const { workspaceId, workspace, update } = useWorkspace();
  const [plan, setPlan] = useState<WellbeingPlan | null>(null);
  const [include, setInclude] = useState(false);
  const [exported, setExported] = useState('');
  useEffect(() => {
    void loadWellbeingPlan(workspaceId).then((result) => setPlan(result.kind === 'loaded' ? result.plan : null));
  }, [workspaceId]);

  const onExport = () => {
    const file = exportWorkspace(workspace, include && plan ? [plan] : []);
    downloadFile(file);
    setExported(`Exported ${file.filename}${include && plan ? ', with your wellbeing plan' : ''}.`);
  };

  return (
    <>
      <Heading level={1}>Export and import</Heading>
      <Text lead>
        Save the whole workspace as a file to keep a copy, to move it to another device or to share it with the implementation group. Files are made and read in this browser: nothing is sent anywhere.
      </Text>
      <Section id="files-export" title="Export this workspace">
        <Text>The file holds everything in the workspace, including the assessment answers. Keep it somewhere only the people who should see it can reach.</Text>
        {plan ? (
          <CheckboxGroup
            name="include-plan"
            label="Your wellbeing plan"
            hint="Wellbeing plans are private and are left out of exports unless you choose otherwise."
            options={[{ value: 'include', label: 'Include my wellbeing plan in the file' }]}
            value={include ? ['include'] : []}
            onChange={(value) => setInclude(value.includes('include'))}
          />
        ) : null}
        <Button onClick={onExport}>Export the workspace</Button>
        <p role="status" className="app-status-line">
          {exported}
        </p>
      </Section>
      <Section id="files-import" title="Import a file">
        <ImportWorkspace replace={{ workspaceId, name: workspace.pathfinder.name, apply: (next) => update(() => next).ok }} />
      </Section>
    </>
  );
}
