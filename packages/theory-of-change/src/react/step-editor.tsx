// The forms for one selected step: its stage and scope, each link it leads along (rationale and
// assumptions), and its indicators (label, target, status). Each form saves on its own, with a message.
import { INDICATOR_STATUSES, TOC_NODE_KINDS, type TheoryOfChange, type TocLink, type TocNode } from '@nttp/domain';
import { useState, type FormEvent } from 'react';
import { capitalise } from '../render/geometry';
import { STATUS_TEXT } from '../status';
import { STAGE_NAMES } from '../validate/labels';
import type { Edit } from './editor';
import { addIndicator, changeStep, removeIndicator, removeLink, updateIndicator, updateLink, type IndicatorFields } from './edits';

interface StepProps {
  toc: TheoryOfChange;
  node: TocNode;
  prefix: string;
  onEdit: (edit: Edit) => void;
}

const submitting = (save: () => void) => (event: FormEvent) => {
  event.preventDefault();
  save();
};

/** The stage and scope choices, for adding a step and for changing one. */
export function StageAndScopeInputs(props: {
  id: string;
  words: [string, string];
  kind: TocNode['kind'];
  scope: TocNode['scope'];
  setKind: (kind: TocNode['kind']) => void;
  setScope: (scope: TocNode['scope']) => void;
}) {
  return (
    <>
      <label htmlFor={`${props.id}-kind`}>{props.words[0]}</label>{' '}
      <select id={`${props.id}-kind`} value={props.kind} onChange={(e) => props.setKind(e.target.value as TocNode['kind'])}>
        {TOC_NODE_KINDS.map((k) => (
          <option key={k} value={k}>
            {capitalise(STAGE_NAMES[k].one)}
          </option>
        ))}
      </select>{' '}
      <label htmlFor={`${props.id}-scope`}>{props.words[1]}</label>{' '}
      <select id={`${props.id}-scope`} value={props.scope} onChange={(e) => props.setScope(e.target.value as TocNode['scope'])}>
        <option value="local">Local</option>
        <option value="national">National</option>
      </select>{' '}
    </>
  );
}

export function StageAndScopeForm({ toc, node, prefix, onEdit }: StepProps) {
  const [kind, setKind] = useState(node.kind);
  const [scope, setScope] = useState(node.scope);
  const save = () => {
    if (kind === node.kind && scope === node.scope) return;
    onEdit({ toc: changeStep(toc, node.id, { kind, scope }), message: `‘${node.label}’ is now ${scope === 'national' ? 'a national' : 'a local'} ${STAGE_NAMES[kind].one}.` });
  };
  return (
    <form onSubmit={submitting(save)}>
      <StageAndScopeInputs id={`${prefix}-step`} words={['Stage of this step', 'Scope of this step']} kind={kind} scope={scope} setKind={setKind} setScope={setScope} />
      <button type="submit">Save stage and scope</button>
    </form>
  );
}

export function LinkForm({ toc, link, prefix, onEdit }: { toc: TheoryOfChange; link: TocLink; prefix: string; onEdit: (edit: Edit) => void }) {
  const [why, setWhy] = useState(link.rationale ?? '');
  const [assumptions, setAssumptions] = useState((link.assumptions ?? []).join('\n'));
  const to = toc.nodes.find((n) => n.id === link.to)?.label ?? link.to;
  const id = `${prefix}-link-${link.id}`;
  const save = () => onEdit({ toc: updateLink(toc, link.id, { rationale: why, assumptions: assumptions.split('\n') }), message: `Saved the link to ‘${to}’.` });
  return (
    <li>
      <form onSubmit={submitting(save)} aria-label={`Link to ${to}`}>
        <p>Leads to {to}</p>
        <label htmlFor={`${id}-why`}>Because</label> <input id={`${id}-why`} value={why} onChange={(e) => setWhy(e.target.value)} maxLength={5000} />{' '}
        <label htmlFor={`${id}-assumptions`}>Assumptions, one a line</label>{' '}
        <textarea id={`${id}-assumptions`} value={assumptions} onChange={(e) => setAssumptions(e.target.value)} rows={2} />{' '}
        <button type="submit">Save link to {to}</button>{' '}
        <button type="button" onClick={() => onEdit({ toc: removeLink(toc, link.id), message: `Removed the link to ‘${to}’.` })}>
          Remove link to {to}
        </button>
      </form>
    </li>
  );
}

function IndicatorFieldsInputs({ id, fields, set }: { id: string; fields: IndicatorFields; set: (fields: IndicatorFields) => void }) {
  return (
    <>
      <label htmlFor={`${id}-label`}>Indicator</label> <input id={`${id}-label`} value={fields.label} onChange={(e) => set({ ...fields, label: e.target.value })} maxLength={200} required />{' '}
      <label htmlFor={`${id}-target`}>Target</label> <input id={`${id}-target`} value={fields.target ?? ''} onChange={(e) => set({ ...fields, target: e.target.value })} maxLength={200} />{' '}
      <label htmlFor={`${id}-status`}>Status</label>{' '}
      <select id={`${id}-status`} value={fields.status ?? ''} onChange={(e) => set({ ...fields, status: (e.target.value || undefined) as IndicatorFields['status'] })}>
        <option value="">Not set</option>
        {INDICATOR_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_TEXT[s].words}
          </option>
        ))}
      </select>{' '}
    </>
  );
}

function IndicatorForm({ toc, node, prefix, onEdit, indicator }: StepProps & { indicator: NonNullable<TocNode['indicators']>[number] }) {
  const [fields, setFields] = useState<IndicatorFields>({ label: indicator.label, ...(indicator.target ? { target: indicator.target } : {}), ...(indicator.status ? { status: indicator.status } : {}) });
  const id = `${prefix}-indicator-${indicator.id}`;
  const save = () => {
    if (!fields.label.trim()) return;
    onEdit({ toc: updateIndicator(toc, node.id, indicator.id, fields), message: `Saved the indicator ‘${fields.label.trim()}’.` });
  };
  return (
    <li>
      <form onSubmit={submitting(save)} aria-label={`Indicator: ${indicator.label}`}>
        <IndicatorFieldsInputs id={id} fields={fields} set={setFields} />
        <button type="submit">Save indicator</button>{' '}
        <button type="button" onClick={() => onEdit({ toc: removeIndicator(toc, node.id, indicator.id), message: `Removed the indicator ‘${indicator.label}’.` })}>
          Remove indicator {indicator.label}
        </button>
      </form>
    </li>
  );
}

export function IndicatorsEditor(props: StepProps) {
  const { toc, node, prefix, onEdit } = props;
  const [fields, setFields] = useState<IndicatorFields>({ label: '' });
  const add = () => {
    if (!fields.label.trim()) return;
    onEdit({ toc: addIndicator(toc, node.id, fields).toc, message: `Added the indicator ‘${fields.label.trim()}’.` });
    setFields({ label: '' });
  };
  const indicators = node.indicators ?? [];
  return (
    <fieldset>
      <legend>Indicators</legend>
      {indicators.length > 0 ? (
        <ul aria-label="Indicators of this step">
          {indicators.map((indicator) => (
            <IndicatorForm key={indicator.id} {...props} indicator={indicator} />
          ))}
        </ul>
      ) : null}
      <form onSubmit={submitting(add)} aria-label="Add an indicator">
        <IndicatorFieldsInputs id={`${prefix}-indicator-new`} fields={fields} set={setFields} />
        <button type="submit">Add indicator</button>
      </form>
    </fieldset>
  );
}
