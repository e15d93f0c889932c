import type { TheoryOfChange } from '@nttp/domain';
import { outline, type OutlineEntry } from '../render/outline';
import { capitalise } from '../render/geometry';
import { statusLine } from '../render/status';
import { STAGE_NAMES } from '../validate/labels';

interface OutlineViewProps {
  toc: TheoryOfChange;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The pathways as nested lists: the same content as the diagram, for reading in order. */
export function OutlineView({ toc, selectedId, onSelect }: OutlineViewProps) {
  const tree = outline(toc);
  const entry = (item: OutlineEntry, key: string) => {
    const { node, via } = item;
    const status = item.repeated ? undefined : statusLine(node);
    return (
      <li key={key}>
        <button type="button" aria-pressed={selectedId === node.id} onClick={() => onSelect(node.id)}>
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
  return (
    <div className="toc-outline">
      {tree.pathways.length > 0 ? (
        <>
          <h3>Pathways from each activity</h3>
          <ul>{tree.pathways.map((item, i) => entry(item, `p${i}`))}</ul>
        </>
      ) : null}
      {tree.unreached.length > 0 ? (
        <>
          <h3>Steps no activity leads to yet</h3>
          <ul>{tree.unreached.map((item, i) => entry(item, `u${i}`))}</ul>
        </>
      ) : null}
      {toc.nodes.length === 0 ? <p>This Theory of Change has no steps yet.</p> : null}
    </div>
  );
}
