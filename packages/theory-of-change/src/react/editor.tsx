import { stageIndex, type TheoryOfChange, type TocNode } from '@nttp/domain';
import { useState, type FormEvent } from 'react';
import { capitalise } from '../render/geometry';
import { STAGE_NAMES } from '../validate/labels';
import { validate } from '../validate/validate';
import { addLink, addStep, relabelStep, removeStep } from './edits';
import { IndicatorsEditor, LinkForm, StageAndScopeForm, StageAndScopeInputs } from './step-editor';

/** A change from the editor; `removed` names a step taken away, so focus can move to its neighbour. */
export type Edit = { toc: TheoryOfChange; message: string; select?: string | null; removed?: string };

interface EditorProps {
  toc: TheoryOfChange;
  selectedId: string | null;
  prefix: string;
  canUndo: boolean;
  onEdit: (edit: Edit) => void;
  onUndo: () => void;
}

const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;
const SEVERITY_WORDS = { error: 'To fix', warning: 'To check', info: 'Suggestion' } as const;

const name = (node: TocNode) => `${capitalise(STAGE_NAMES[node.kind].one)}: ${node.label}`;

/** Editing without dragging: every change is a small form or a button, all usable by keyboard. */
export function Editor({ toc, selectedId, prefix, canUndo, onEdit, onUndo }: EditorProps) {
  const selected = toc.nodes.find((n) => n.id === selectedId);
  const issues = validate(toc);
  return (
    <div className="toc-editor">
      <AddStepForm prefix={prefix} toc={toc} onEdit={onEdit} />
      {selected ? (
        <SelectedStep key={selected.id} prefix={prefix} toc={toc} node={selected} onEdit={onEdit} />
      ) : (
        <p>Choose a step in the diagram or the outline to rename it, link it or remove it.</p>
      )}
      <div>
        <button type="button" onClick={onUndo} disabled={!canUndo}>
          Undo the last change
        </button>
      </div>
      <details>
        <summary>Checks ({issues.length})</summary>
        {issues.length === 0 ? (
          <p>Nothing to look at: every check passes.</p>
        ) : (
          <ul>
            {[...issues]
              .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
              .map((issue, i) => (
                <li key={i}>
                  <strong>{SEVERITY_WORDS[issue.severity]}:</strong> {issue.message}
                </li>
              ))}
          </ul>
        )}
      </details>
    </div>
  );
}

function AddStepForm({ toc, prefix, onEdit }: { toc: TheoryOfChange; prefix: string; onEdit: (edit: Edit) => void }) {
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<TocNode['kind']>('activity');
  const [scope, setScope] = useState<TocNode['scope']>('local');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim()) return;
    const result = addStep(toc, { kind, label, scope });
    onEdit({ toc: result.toc, message: `Added ‘${label.trim()}’ to ${STAGE_NAMES[kind].many.toLowerCase()}.`, select: result.id });
    setLabel('');
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${prefix}-add-title`}>
      <fieldset>
        <legend id={`${prefix}-add-title`}>Add a step</legend>
        <label htmlFor={`${prefix}-add-label`}>What is it?</label> <input id={`${prefix}-add-label`} value={label} onChange={(e) => setLabel(e.target.value)} maxLength={200} required />{' '}
        <StageAndScopeInputs id={`${prefix}-add`} words={['Stage', 'Scope']} kind={kind} scope={scope} setKind={setKind} setScope={setScope} />
        <button type="submit">Add step</button>
      </fieldset>
    </form>
  );
}

function SelectedStep({ toc, node, prefix, onEdit }: { toc: TheoryOfChange; node: TocNode; prefix: string; onEdit: (edit: Edit) => void }) {
  const [label, setLabel] = useState(node.label);
  const candidates = toc.nodes.filter((n) => n.id !== node.id && stageIndex(n.kind) >= stageIndex(node.kind) && !toc.links.some((l) => l.from === node.id && l.to === n.id));
  const [target, setTarget] = useState(candidates[0]?.id ?? '');
  const [why, setWhy] = useState('');
  const outgoing = toc.links.filter((l) => l.from === node.id);
  const labelOf = (id: string) => toc.nodes.find((n) => n.id === id)?.label ?? id;
  const chosen = candidates.some((c) => c.id === target) ? target : (candidates[0]?.id ?? '');
  return (
    <fieldset>
      <legend>Selected: {name(node)}</legend>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!label.trim() || label.trim() === node.label) return;
          onEdit({ toc: relabelStep(toc, node.id, label), message: `Renamed to ‘${label.trim()}’.` });
        }}
      >
        <label htmlFor={`${prefix}-relabel`}>Name</label> <input id={`${prefix}-relabel`} value={label} onChange={(e) => setLabel(e.target.value)} maxLength={200} required />{' '}
        <button type="submit">Save name</button>
      </form>
      {candidates.length > 0 ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!chosen) return;
            const result = addLink(toc, node.id, chosen, why);
            onEdit({ toc: result.toc, message: `Linked ‘${node.label}’ to ‘${labelOf(chosen)}’.` });
            setWhy('');
          }}
        >
          <label htmlFor={`${prefix}-link-to`}>Leads to</label>{' '}
          <select id={`${prefix}-link-to`} value={chosen} onChange={(e) => setTarget(e.target.value)}>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {name(c)}
              </option>
            ))}
          </select>{' '}
          <label htmlFor={`${prefix}-link-why`}>Because (optional)</label> <input id={`${prefix}-link-why`} value={why} onChange={(e) => setWhy(e.target.value)} maxLength={5000} />{' '}
          <button type="submit">Add link</button>
        </form>
      ) : null}
      <StageAndScopeForm toc={toc} node={node} prefix={prefix} onEdit={onEdit} />
      {outgoing.length > 0 ? (
        <ul aria-label="Links from this step">
          {outgoing.map((link) => (
            <LinkForm key={link.id} toc={toc} link={link} prefix={prefix} onEdit={onEdit} />
          ))}
        </ul>
      ) : null}
      <IndicatorsEditor toc={toc} node={node} prefix={prefix} onEdit={onEdit} />
      <button type="button" onClick={() => onEdit({ toc: removeStep(toc, node.id), message: `Removed ‘${node.label}’ and its links. Undo brings it back.`, select: null, removed: node.id })}>
        Remove this step
      </button>
    </fieldset>
  );
}
