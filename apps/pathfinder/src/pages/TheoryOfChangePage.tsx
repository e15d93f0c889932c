import { useMemo, useState } from 'react';
import type { TheoryOfChange } from '@nttp/domain';
import { validate } from '@nttp/theory-of-change';
import { TheoryOfChangeDiagram } from '@nttp/theory-of-change/react';
import { Heading, Text } from '@nttp/ui';
import { workspace } from '../data/example';

export function TheoryOfChangePage() {
  const [toc, setToc] = useState<TheoryOfChange>(() => workspace.theoriesOfChange[0]!);
  const [selected, setSelected] = useState<string | null>(null);
  const issues = useMemo(() => validate(toc), [toc]);
  const selectedLabel = toc.nodes.find((node) => node.id === selected)?.label;

  return (
    <>
      <Heading level={1} caption="Glenmoray pathfinder (fictional example)">
        Theory of Change
      </Heading>
      <Text lead>
        How the activities prioritised at the lens event lead to short, interim and long-term outcomes. Use
        Tab to reach the diagram, then the arrow keys to follow links; or switch to the outline.
      </Text>
      <TheoryOfChangeDiagram toc={toc} editable selectedId={selected} onSelect={(id) => setSelected(id)} onChange={setToc} />
      <p aria-live="polite" className="selection-note">
        {selectedLabel ? `Selected: ${selectedLabel}` : 'Nothing selected yet.'}
      </p>
      <section aria-labelledby="toc-checks-heading">
        <Heading level={2} id="toc-checks-heading">
          Things to look at ({issues.length})
        </Heading>
        {issues.length === 0 ? (
          <Text>Every step and link is in place.</Text>
        ) : (
          <ul className="issue-list">
            {issues.map((issue, index) => (
              <li key={`${issue.code}-${index}`}>
                <strong>{issue.severity === 'error' ? 'Needs attention: ' : issue.severity === 'warning' ? 'Worth a look: ' : 'Note: '}</strong>
                {issue.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
