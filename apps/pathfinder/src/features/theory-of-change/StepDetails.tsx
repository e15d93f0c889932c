// The chosen step: what it means, its scope and themes, and (for outcomes above all) the indicators that
// show it is happening, which can be measured by an assessment theme so a follow-up round updates them.
import type { FormEvent } from 'react';
import { INDICATOR_STATUSES, type TheoryOfChange, type TocIndicator, type TocNode } from '@nttp/domain';
import { STAGE_NAMES, STATUS_TEXT } from '@nttp/theory-of-change';
import { Button, CheckboxGroup, Heading, RadioGroup, Select, Stack, Text, TextInput, Textarea } from '@nttp/ui';
import { useForm } from '../understanding/form';
import { SaveButtons } from '../understanding/SaveButtons';
import { RemoveButton } from '../understanding/RemoveButton';
import { THEME_OPTIONS, nextId, optional, themeName } from '../understanding/kit';
import { describeStep, indicatorIds, isOutcome, putIndicator, putToc, removeIndicator } from './toc-edits';

const STATUS_OPTIONS = INDICATOR_STATUSES.map((status) => ({ value: status, label: STATUS_TEXT[status].words }));

export function StepDetails({ toc, node }: { toc: TheoryOfChange; node: TocNode }) {
  const form = useForm('toc-step', { description: node.description ?? '', scope: node.scope, themeIds: node.themeIds ?? [] });
  const save = (event: FormEvent) => {
    event.preventDefault();
    const { description, scope, themeIds } = form.values;
    form.apply((ws) => putToc(ws, describeStep(toc, node.id, { description: optional(description), scope: scope as TocNode['scope'], themeIds })));
  };
  return (
    <section aria-labelledby="toc-step-heading" className="toc-step">
      <Heading level={2} id="toc-step-heading" tabIndex={-1} caption={`${STAGE_NAMES[node.kind].one[0]!.toUpperCase()}${STAGE_NAMES[node.kind].one.slice(1)}`}>
        {node.label}
      </Heading>
      <Stack gap={6}>
        <form onSubmit={save} noValidate className="toc-form">
          {form.summary}
          <Textarea label="What this step means" hint="Optional. A sentence or two for people new to the plan." rows={3} {...form.text('description')} />
          <RadioGroup
            label="Scope"
            inline
            {...form.choice('scope')}
            options={[
              { value: 'local', label: 'Local' },
              { value: 'national', label: 'National' },
            ]}
          />
          <CheckboxGroup label="Themes this step serves" hint="Optional." options={THEME_OPTIONS} {...form.choices('themeIds')} />
          <div>
            <Button type="submit" variant="secondary">
              Save this step
            </Button>
          </div>
        </form>
        <Indicators toc={toc} node={node} />
      </Stack>
    </section>
  );
}

const EMPTY_INDICATOR = { id: '', label: '', target: '', status: '', themeId: '' };

function Indicators({ toc, node }: { toc: TheoryOfChange; node: TocNode }) {
  const form = useForm('toc-indicator', EMPTY_INDICATOR);
  const indicators = node.indicators ?? [];
  const editing = form.values.id !== '';

  const save = (event: FormEvent) => {
    event.preventDefault();
    const { id, label, target, status, themeId } = form.values;
    const indicator = {
      id: id || nextId('indicator', indicatorIds(toc)),
      label,
      ...(optional(target) ? { target: optional(target) } : {}),
      ...(status ? { status } : {}),
      ...(themeId ? { themeId } : {}),
    } as TocIndicator;
    if (form.apply((ws) => putToc(ws, putIndicator(toc, node.id, indicator)))) form.reset();
  };
  const edit = (indicator: TocIndicator) => {
    form.reset({ id: indicator.id, label: indicator.label, target: indicator.target ?? '', status: indicator.status ?? '', themeId: indicator.themeId ?? '' });
    setTimeout(() => document.getElementById(form.idFor('label'))?.focus(), 0);
  };

  return (
    <section aria-labelledby="toc-indicators-heading">
      <Heading level={3} id="toc-indicators-heading" tabIndex={-1}>
        How you will know it is happening
      </Heading>
      {indicators.length === 0 ? (
        <Text>{isOutcome(node.kind) ? 'This outcome has no indicator yet. Add one below.' : 'No indicators for this step. Outcomes need them most.'}</Text>
      ) : (
        <ul className="toc-indicators">
          {indicators.map((indicator) => (
            <li key={indicator.id}>
              <strong>{indicator.label}</strong>
              <span>
                {' '}
                ({STATUS_TEXT[indicator.status ?? 'unset'].icon} {STATUS_TEXT[indicator.status ?? 'unset'].words}
                {indicator.target ? `; target: ${indicator.target}` : ''}
                {indicator.themeId ? `; measured by the assessment theme ‘${themeName(indicator.themeId)}’` : ''})
              </span>{' '}
              <Button variant="quiet" onClick={() => edit(indicator)}>
                Change{' '}<span className="nttp-visually-hidden">the indicator ‘{indicator.label}’</span>
              </Button>
              <RemoveButton
                what={`the indicator ‘${indicator.label}’`}
                focusAfter="toc-indicators-heading"
                onConfirm={() => form.apply((ws) => putToc(ws, removeIndicator(toc, node.id, indicator.id)))}
              />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={save} noValidate className="toc-form" aria-label={editing ? 'Change the indicator' : 'Add an indicator'}>
        {form.summary}
        <TextInput label="Indicator" hint="What you will see or count, such as ‘People say they knew what to expect’." {...form.text('label')} />
        <TextInput label="Target" hint="Optional." {...form.text('target')} />
        <Select label="Status" options={STATUS_OPTIONS} placeholderOption="Not set yet" {...form.text('status')} />
        <Select
          label="Measured by an assessment theme"
          hint="Optional. The follow-up organisational assessment can then show how this theme has changed."
          options={THEME_OPTIONS}
          placeholderOption="Not measured by a theme"
          {...form.text('themeId')}
        />
        <SaveButtons editing={editing} addText="Add the indicator" saveText="Save the indicator" onStop={() => form.reset()} variant="secondary" />
      </form>
    </section>
  );
}
