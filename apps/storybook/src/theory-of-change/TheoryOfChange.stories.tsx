import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import { describe as describeToc, renderSvg } from '@nttp/theory-of-change';
import { TheoryOfChangeDiagram } from '@nttp/theory-of-change/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';

const toc = exampleTheoryOfChange();

const meta = {
  title: 'Theory of Change/Diagram',
  component: TheoryOfChangeDiagram,
  args: { toc },
  // Checked like every story: light and dark, at 320px. The drawing keeps its own colours and scrolls
  // inside its frame (two-dimensional content); the panels take the page's colours and the outline reflows.
  parameters: {
    docs: {
      description: {
        component: [
          'An accessible Theory of Change from `@nttp/theory-of-change/react`: activities on the left lead through outputs and outcomes to the long-term change.',
          '**Principle:** Empowerment. Everyone can follow and edit the pathways, by keyboard, screen reader, voice or pointer, without dragging.',
          '### When to use\n- To show how a service’s activities lead to the changes it hopes for.\n- To plan and review a pathfinder’s work with the people it serves.',
          '### When not to use\n- For a simple list of tasks: use TaskList.\n- As the only way to read the plan: the outline view and the text description say the same in words.',
          '### Language\n- Do: name each step by the change it makes, such as "People feel safe to ask for support".\n- Don’t: name people by a condition or a label.',
          '### Keyboard\nTab reaches the diagram; Right and Left follow links downstream and upstream; Up and Down move within a column; Enter or Space selects; Escape clears.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof TheoryOfChangeDiagram>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Diagram: Story = {};

export const Outline: Story = { args: { defaultView: 'outline' } };

export const ReducedMotion: Story = { args: { reducedMotion: true } };

function EditableDiagram() {
  const [current, setCurrent] = useState(toc);
  return <TheoryOfChangeDiagram toc={current} editable onChange={setCurrent} />;
}

export const Editable: Story = {
  render: () => <EditableDiagram />,
  parameters: { docs: { description: { story: 'Adding, linking, renaming and removing steps use forms, so no dragging is ever needed (WCAG 2.5.7).' } } },
};

export const KeyboardNavigation: Story = {
  parameters: { docs: { description: { story: 'In a real browser: Tab reaches the first activity, Right follows a link downstream, and each move is announced.' } } },
  play: async ({ canvasElement }) => {
    const doc = canvasElement.ownerDocument;
    const first = canvasElement.querySelector<SVGGElement>('[data-node-id][tabindex="0"]');
    await expect(first).not.toBeNull();
    first!.focus();
    await expect(doc.activeElement).toBe(first);
    await userEvent.keyboard('{ArrowRight}');
    const moved = doc.activeElement;
    await expect(moved?.getAttribute('data-node-id')).toBeTruthy();
    await expect(moved).not.toBe(first);
    await expect(within(canvasElement).getByRole('status').textContent).toMatch(/^Followed a link downstream to /);
  },
};

export const PlainSvg: Story = {
  name: 'Plain SVG and description',
  render: () => (
    <div>
      <div role="region" aria-label="Theory of Change diagram (scrolls sideways)" tabIndex={0} style={{ overflowX: 'auto' }} dangerouslySetInnerHTML={{ __html: renderSvg(toc) }} />
      <h2>Text description</h2>
      <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>{describeToc(toc)}</pre>
    </div>
  ),
  parameters: { docs: { description: { story: 'The same Theory of Change as a standalone SVG string (for pages without JavaScript, print and email) and its plain-language description.' } } },
};
