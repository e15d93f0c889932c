// One Theory of Change: the diagram (controlled: every edit goes through the workspace), the chosen step's
// details and indicators, the checks from validate(), and renaming or removing the whole thing.
import { useMemo, useState, type FormEvent } from 'react';
import type { TheoryOfChange } from '@nttp/domain';
import { validate } from '@nttp/theory-of-change';
import { TheoryOfChangeDiagram } from '@nttp/theory-of-change/react';
import { Button, Details, Heading, Link, Stack, Text, TextInput } from '@nttp/ui';
import type { ToolPageProps } from '../types';
import { useWorkspace } from '../../workspace/context';
import { useForm } from '../understanding/form';
import { RemoveButton } from '../understanding/RemoveButton';
import { NotFound } from '../understanding/NotFound';
import { StepDetails } from './StepDetails';
import { findToc, putToc, removeToc } from './toc-edits';
import { ValidationList } from './ValidationList';
import './theory-of-change.css';

export default function TheoryOfChangePage({ params }: ToolPageProps) {
  const { workspace, href } = useWorkspace();
  const toc = findToc(workspace, params.tocId ?? '');
  if (!toc) return <NotFound what="This Theory of Change" backHref={href('theory-of-change')} backText="See your Theories of Change" />;
  return <Editor key={toc.id} toc={toc} />;
}

function Editor({ toc }: { toc: TheoryOfChange }) {
  const diagram = useForm('toc-diagram', {}, { anchor: 'toc-diagram' });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // A refused edit redraws the diagram from the workspace, so it never shows what was not kept.
  const [redraws, setRedraws] = useState(0);
  const issues = useMemo(() => validate(toc), [toc]);
  const selected = toc.nodes.find((node) => node.id === selectedId);

  const save = (next: TheoryOfChange) => {
    if (!diagram.apply((ws) => putToc(ws, next))) setRedraws((n) => n + 1);
  };

  return (
    <Stack gap={6}>
      <div>
        <Heading level={1} caption={diagram.workspace.pathfinder.name} id="toc-heading" tabIndex={-1}>
          {toc.title}
        </Heading>
        <Text lead>
          Follow each activity through to the outcomes it leads to. Use Tab to reach the diagram, then the arrow keys to follow links; or switch to
          the outline. Choose a step to describe it and to say how you will know it is happening.
        </Text>
        <Text>
          Every change is kept in this workspace as you make it. <Link href={diagram.href('theory-of-change')}>All Theories of Change</Link>
        </Text>
      </div>
      {diagram.summary}
      <div id="toc-diagram" tabIndex={-1} className="toc-diagram-host">
      <TheoryOfChangeDiagram
        key={redraws}
        toc={toc}
        editable
        selectedId={selectedId}
        onSelect={(id) => setSelectedId(id)}
        onChange={save}
        label={`${toc.title}: diagram`}
      />
      </div>
      <p aria-live="polite" className="toc-selection-note">
        {selected ? `Selected: ${selected.label}` : 'Nothing selected yet.'}
      </p>
      {selected ? <StepDetails key={selected.id} toc={toc} node={selected} /> : null}
      <ValidationList issues={issues} />
      <Details summary="Rename or remove this Theory of Change">
        <RenameToc toc={toc} />
      </Details>
    </Stack>
  );
}

function RenameToc({ toc }: { toc: TheoryOfChange }) {
  const form = useForm('toc-rename', { title: toc.title });
  const rename = (event: FormEvent) => {
    event.preventDefault();
    form.apply((ws) => putToc(ws, { ...toc, title: form.values.title }));
  };
  const remove = () => {
    if (form.apply((ws) => removeToc(ws, toc.id))) location.hash = form.href('theory-of-change');
  };
  return (
    <Stack gap={4}>
      <form onSubmit={rename} noValidate className="toc-form">
        {form.summary}
        <TextInput label="Title" {...form.text('title')} />
        <div>
          <Button type="submit" variant="secondary">
            Save the title
          </Button>
        </div>
      </form>
      <div>
        <RemoveButton what={`the Theory of Change ‘${toc.title}’`} onConfirm={remove} focusAfter="toc-heading" />
      </div>
    </Stack>
  );
}
