import type { TheoryOfChange } from '@nttp/domain';
import { useState, type KeyboardEvent } from 'react';
import { outline, type OutlineEntry } from '../render/outline';
import { capitalise } from '../render/geometry';
import { statusLine } from '../status';
import { STAGE_NAMES } from '../validate/labels';

interface OutlineViewProps {
  toc: TheoryOfChange;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const KEYS: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => Math.min(count - 1, at + 1),
  ArrowUp: (at) => Math.max(0, at - 1),
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The pathways as nested lists: the same content as the diagram, for reading in order. The steps are one
 * Tab stop (a roving tabindex): Up and Down, Home and End move between them, Enter or Space selects.
 */
export function OutlineView({ toc, selectedId, onSelect }: OutlineViewProps) {
  const tree = outline(toc);
  const [active, setActive] = useState(0);
  let count = 0;
  const entry = (item: OutlineEntry, key: string) => {
    const { node, via } = item;
    const status = item.repeated ? undefined : statusLine(node);
    const index = count++;
    return (
      <li key={key}>
        <button type="button" data-outline-index={index} tabIndex={index === active ? 0 : -1} aria-pressed={selectedId === node.id} onClick={() => onSelect(node.id)} onFocus={() => setActive(index)}>
          {capitalise(STAGE_NAMES[node.kind].one)}: {node.label}
        </button>
        {via?.rationale ? <span> because {via.rationale}</span> : null}
        {via?.assumptions?.length ? <span> (assuming: {via.assumptions.join('; ')})</span> : null}
        {status ? <span> {status}</span> : null}
        {item.repeated ? <span> (its pathway is listed above)</span> : null}
        {item.children.length > 0 ? <ul>{item.children.map((child, i) => entry(child, `${key}-${i}`))}</ul> : null}
      </li>
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = KEYS[event.key];
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-outline-index]')];
    if (!move || buttons.length === 0 || !(event.target instanceof HTMLButtonElement)) return;
    event.preventDefault();
    const next = move(Number(event.target.dataset.outlineIndex), buttons.length);
    setActive(next);
    buttons[next]!.focus();
  };
  const pathways = tree.pathways.map((item, i) => entry(item, `p${i}`));
  const unreached = tree.unreached.map((item, i) => entry(item, `u${i}`));
  return (
    <div className="ntoc-outline" onKeyDown={onKeyDown}>
      <p>Up and Down move between the steps, Home and End go to the first and last.</p>
      {pathways.length > 0 ? (
        <>
          <h3>Pathways from each activity</h3>
          <ul>{pathways}</ul>
        </>
      ) : null}
      {unreached.length > 0 ? (
        <>
          <h3>Steps no activity leads to yet</h3>
          <ul>{unreached}</ul>
        </>
      ) : null}
      {toc.nodes.length === 0 ? <p>This Theory of Change has no steps yet.</p> : null}
    </div>
  );
}
