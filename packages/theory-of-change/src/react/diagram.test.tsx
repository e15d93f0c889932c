// @vitest-environment jsdom
import type { TheoryOfChange } from '@nttp/domain';
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { TheoryOfChangeDiagram } from './index';
import { smallToc } from '../test-utils/arbitraries';
import { fakeScrollBox } from '../test-utils/scroll';

const AXE_JSDOM = { rules: { 'color-contrast': { enabled: false } } } as const;
const example = exampleTheoryOfChange();
const step = (id: string) => document.querySelector<SVGGElement>(`[data-node-id="${id}"][role="button"]`)!;
const live = () => screen.getByRole('status');

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('<TheoryOfChangeDiagram>', () => {
  it('has no axe violations in the diagram, outline and editing views', async () => {
    const { container } = render(<TheoryOfChangeDiagram toc={example} editable />);
    expect(await axe(container, AXE_JSDOM)).toHaveNoViolations();
    await userEvent.click(screen.getByRole('button', { name: 'Outline' }));
    expect(await axe(container, AXE_JSDOM)).toHaveNoViolations();
  });

  it('gives every step a name that says its stage, status and links, with one step in the tab order', () => {
    render(<TheoryOfChangeDiagram toc={example} />);
    const waits = step('i-shorter-waits');
    expect(waits.getAttribute('aria-label')).toBe('Interim outcome: Shorter waits for a first appointment. Needs attention. Leads to 2 steps, 1 step leads to it.');
    const tabbable = [...document.querySelectorAll('[data-node-id][tabindex="0"]')];
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0]!.getAttribute('data-node-id')).toBe(
      [...document.querySelectorAll('.ntoc-kind-activity')].sort((a, b) => parseFloat(a.getAttribute('transform')!.split(',')[1]!) - parseFloat(b.getAttribute('transform')!.split(',')[1]!))[0]!.getAttribute('data-node-id'),
    );
  });

  it('follows links downstream and upstream with the arrow keys, announcing each move', async () => {
    const user = userEvent.setup();
    render(<TheoryOfChangeDiagram toc={example} />);
    act(() => step('a-welcome-leaflet').focus());
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(step('o-leaflet'));
    // the link's rationale is read out as it is followed
    expect(live().textContent).toBe(
      'Followed a link downstream to Output: Leaflet in use at every first appointment. Leads to 1 step, 1 step leads to it. Because: People with lived experience know what would have helped them at the start.',
    );
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(step('s-people-feel-welcome'));
    // Left goes back the way we came, though two steps lead here
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(step('o-leaflet'));
    act(() => step('im-trust').focus());
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(step('im-trust'));
    expect(live().textContent).toBe('‘People affected by trauma trust services to help them’ does not lead to another step yet.');
  });

  it('moves between the steps reached along the same links with Shift and Up or Down', async () => {
    const user = userEvent.setup();
    render(<TheoryOfChangeDiagram toc={example} />);
    act(() => step('o-this-is-me').focus());
    await user.keyboard('{ArrowRight}');
    const first = document.activeElement!.getAttribute('data-node-id');
    expect(['s-fewer-retold-stories', 's-people-feel-welcome']).toContain(first);
    expect(live().textContent).toMatch(/^Followed a link downstream \(1 of 2; Shift and Down for the next\) to Short-term outcome: /);
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    const second = document.activeElement!.getAttribute('data-node-id');
    expect(second).not.toBe(first);
    expect(['s-fewer-retold-stories', 's-people-feel-welcome']).toContain(second);
    expect(live().textContent).toMatch(/^2 of 2 steps ‘'This is me' completed with people who choose to’ leads to: Short-term outcome: /);
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(document.activeElement!.getAttribute('data-node-id')).toBe(first);
  });

  it('moves up and down a column', async () => {
    const user = userEvent.setup();
    render(<TheoryOfChangeDiagram toc={example} />);
    const first = document.querySelector<SVGGElement>('[data-node-id][tabindex="0"]')!;
    act(() => first.focus());
    await user.keyboard('{ArrowUp}');
    expect(live().textContent).toBe('This is the first step in this column.');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).not.toBe(first);
    expect(document.activeElement!.classList.contains('ntoc-kind-activity')).toBe(true);
    expect(document.activeElement!.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('tabindex')).toBe('-1');
  });

  it('draws a visible focus ring on the focused step only', async () => {
    const user = userEvent.setup();
    render(<TheoryOfChangeDiagram toc={example} />);
    expect(document.querySelector('.ntoc-focus-ring')).toBeNull();
    await user.tab();
    await user.tab();
    await user.tab();
    const focused = document.activeElement!;
    expect(focused.getAttribute('role')).toBe('button');
    expect(focused.querySelector('.ntoc-focus-ring')).not.toBeNull();
    expect(document.querySelectorAll('.ntoc-focus-ring')).toHaveLength(1);
    await user.tab();
    expect(document.querySelector('.ntoc-focus-ring')).toBeNull();
  });

  it('calls onSelect with Enter, Space and a click, and clears with Escape', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<TheoryOfChangeDiagram toc={example} onSelect={onSelect} />);
    act(() => step('o-staff-trained').focus());
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('o-staff-trained', expect.objectContaining({ label: 'Staff trained at the level their role needs' }));
    expect(step('o-staff-trained').getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('{Escape}');
    expect(onSelect).toHaveBeenLastCalledWith(null, undefined);
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith('o-staff-trained', expect.anything());
    await user.click(step('i-joined-up'));
    expect(onSelect).toHaveBeenLastCalledWith('i-joined-up', expect.anything());
  });

  it('shows an outline of the pathways that selects steps too', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<TheoryOfChangeDiagram toc={example} onSelect={onSelect} defaultView="outline" />);
    expect(screen.getByRole('button', { name: 'Outline' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.querySelector('svg')).toBeNull();
    const lists = screen.getAllByRole('list');
    expect(lists.length).toBeGreaterThan(5);
    expect(screen.getByRole('heading', { name: 'Pathways from each activity' })).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Output: Leaflet in use at every first appointment' })[0]!);
    expect(onSelect).toHaveBeenLastCalledWith('o-leaflet', expect.anything());
    await user.click(screen.getByRole('button', { name: 'Diagram' }));
    expect(document.querySelector('svg')).not.toBeNull();
  });

  it('makes the outline one Tab stop, with Up, Down, Home and End inside it', async () => {
    const user = userEvent.setup();
    render(<TheoryOfChangeDiagram toc={example} defaultView="outline" />);
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.ntoc-outline button')];
    expect(buttons.length).toBeGreaterThan(30);
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(buttons[0]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(buttons[1]);
    expect(buttons[1]!.tabIndex).toBe(0);
    expect(buttons[0]!.tabIndex).toBe(-1);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(buttons.at(-1));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(buttons[0]);
    // Tab leaves the outline rather than visiting every step
    await user.tab();
    expect(document.activeElement!.closest('.ntoc-outline')).toBeNull();
  });

  it('zooms with + and − and fits the width with 0, announcing each', async () => {
    const user = userEvent.setup();
    render(<TheoryOfChangeDiagram toc={example} />);
    const svg = document.querySelector('svg')!;
    const natural = Number(svg.getAttribute('width'));
    act(() => step('o-leaflet').focus());
    await user.keyboard('+');
    expect(Number(svg.getAttribute('width'))).toBe(Math.round(natural * 1.25));
    expect(live().textContent).toBe('Zoomed to 125%.');
    await user.keyboard('0');
    expect(svg.getAttribute('width')).toBe('100%');
    expect(svg.classList.contains('ntoc-fit')).toBe(true);
    expect(live().textContent).toBe('The diagram fits the width of its space.');
  });

  it('pans the view with Shift+Alt+arrows, leaving focus on the step, and says when an edge is reached', async () => {
    const user = userEvent.setup();
    render(<TheoryOfChangeDiagram toc={example} />);
    const canvas = document.querySelector('.ntoc-canvas')!;
    fakeScrollBox(canvas, { clientWidth: 400, scrollWidth: 1000, clientHeight: 300, scrollHeight: 300 });
    const page = document.scrollingElement ?? document.documentElement;
    fakeScrollBox(page, { clientWidth: 400, scrollWidth: 400, clientHeight: 600, scrollHeight: 2000 });
    act(() => step('o-leaflet').focus());
    await user.keyboard('{Shift>}{Alt>}{ArrowRight}{/Alt}{/Shift}');
    expect(canvas.scrollLeft).toBe(100);
    expect(document.activeElement).toBe(step('o-leaflet'));
    expect(live().textContent).toBe('Moved the view right.');
    await user.keyboard('{Shift>}{Alt>}{ArrowDown}{/Alt}{/Shift}');
    // the canvas grows with the drawing's height, so up and down move the page
    expect(page.scrollTop).toBe(150);
    await user.keyboard('{Shift>}{Alt>}{ArrowLeft}{ArrowLeft}{/Alt}{/Shift}');
    expect(canvas.scrollLeft).toBe(0);
    expect(live().textContent).toBe('The left edge of the diagram is in view.');
    // Alt with an arrow alone is the browser's (Alt+Left goes back): the diagram leaves it alone
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(document.activeElement).toBe(step('o-leaflet'));
    expect(canvas.scrollLeft).toBe(0);
    expect(screen.getByText(/Shift with Alt and an arrow key moves the view/)).toBeTruthy();
  });

  it('shows the checks on the diagram while editing, and names them in each step', () => {
    const doc = smallToc(
      'c',
      'C',
      [
        ['a', 'activity', 'Run sessions'],
        ['lonely', 'output', 'Leaflets'],
      ],
      [],
    );
    render(<TheoryOfChangeDiagram toc={doc} editable />);
    expect(document.querySelector('[data-check-for="lonely"] text')!.textContent).toBe('⚠ Not linked yet');
    expect(step('lonely').getAttribute('aria-label')).toContain('To check: not linked yet.');
    expect(screen.getByRole('list', { name: 'About the whole diagram' }).textContent).toContain('has no impact yet');
  });

  it('follows the reduced-motion setting, and an explicit override', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} }));
    const { container, unmount } = render(<TheoryOfChangeDiagram toc={example} />);
    expect(container.querySelector('section')!.getAttribute('data-reduced-motion')).toBe('true');
    expect(step('a-tna-training').style.transition).toBe('none');
    unmount();
    const again = render(<TheoryOfChangeDiagram toc={example} reducedMotion={false} />);
    expect(again.container.querySelector('section')!.getAttribute('data-reduced-motion')).toBe('false');
    expect(step('a-tna-training').style.transition).toContain('transform');
  });
});

describe('<TheoryOfChangeDiagram editable>', () => {
  const small = smallToc(
    'small',
    'Small',
    [
      ['a', 'activity', 'Run a lens event'],
      ['o', 'output', 'Priorities agreed'],
    ],
    [['link-1', 'a', 'o', 'People name what matters.']],
  );

  it('adds, links, renames and removes steps with forms and the keyboard only, and can undo', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<TheoryOfChangeDiagram toc={small} editable onChange={onChange} />);
    // add a step
    await user.selectOptions(screen.getByLabelText('Stage'), 'short-term-outcome');
    await user.type(screen.getByLabelText('What is it?'), 'Staff feel heard{Enter}');
    const added = onChange.mock.lastCall![0] as TheoryOfChange;
    expect(added.nodes.at(-1)).toEqual({ id: 'staff-feel-heard', kind: 'short-term-outcome', label: 'Staff feel heard', scope: 'local' });
    expect(live().textContent).toBe('Added ‘Staff feel heard’ to short-term outcomes.');
    expect(step('staff-feel-heard')).not.toBeNull();

    // select the output with the keyboard, then link it to the new step
    act(() => step('o').focus());
    await user.keyboard('{Enter}');
    const panel = screen.getByRole('group', { name: 'Selected: Output: Priorities agreed' });
    await user.selectOptions(within(panel).getByLabelText('Leads to'), 'staff-feel-heard');
    await user.type(within(panel).getByLabelText('Because (optional)'), 'Agreed priorities show staff they were listened to.');
    await user.click(within(panel).getByRole('button', { name: 'Add link' }));
    const linked = onChange.mock.lastCall![0] as TheoryOfChange;
    expect(linked.links.at(-1)).toEqual({ id: 'link-2', from: 'o', to: 'staff-feel-heard', rationale: 'Agreed priorities show staff they were listened to.' });

    // rename it
    const name = within(panel).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Priorities agreed with staff{Enter}');
    expect((onChange.mock.lastCall![0] as TheoryOfChange).nodes.find((n) => n.id === 'o')!.label).toBe('Priorities agreed with staff');

    // remove a link, then the step
    await user.click(screen.getByRole('button', { name: 'Remove link to Staff feel heard' }));
    expect((onChange.mock.lastCall![0] as TheoryOfChange).links.map((l) => l.id)).toEqual(['link-1']);
    await user.click(screen.getByRole('button', { name: 'Remove this step' }));
    const removed = onChange.mock.lastCall![0] as TheoryOfChange;
    expect(removed.nodes.map((n) => n.id)).toEqual(['a', 'staff-feel-heard']);
    expect(removed.links).toEqual([]);
    expect(document.querySelector('[data-node-id="o"]')).toBeNull();

    // undo brings it back
    await user.click(screen.getByRole('button', { name: 'Undo the last change' }));
    expect((onChange.mock.lastCall![0] as TheoryOfChange).nodes.map((n) => n.id)).toEqual(['a', 'o', 'staff-feel-heard']);
    expect(step('o')).not.toBeNull();
  });

  it('edits a step’s stage and scope, a link’s rationale and assumptions, and indicators with their targets', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<TheoryOfChangeDiagram toc={small} editable onChange={onChange} />);
    const last = () => onChange.mock.lastCall![0] as TheoryOfChange;
    act(() => step('a').focus());
    await user.keyboard('{Enter}');
    const panel = () => screen.getByRole('group', { name: /^Selected: / });
    // the link's rationale and assumptions
    const link = within(panel()).getByRole('form', { name: 'Link to Priorities agreed' });
    const why = within(link).getByLabelText('Because');
    expect((why as HTMLInputElement).value).toBe('People name what matters.');
    await user.clear(why);
    await user.type(why, 'People say what matters to them.');
    await user.type(within(link).getByLabelText('Assumptions, one a line'), 'People feel safe to speak.{Enter}Someone acts on it.');
    await user.click(within(link).getByRole('button', { name: 'Save link to Priorities agreed' }));
    expect(last().links[0]).toEqual({ id: 'link-1', from: 'a', to: 'o', rationale: 'People say what matters to them.', assumptions: ['People feel safe to speak.', 'Someone acts on it.'] });
    expect(live().textContent).toBe('Saved the link to ‘Priorities agreed’.');
    // an indicator with a target, then its status
    const adding = within(panel()).getByRole('form', { name: 'Add an indicator' });
    await user.type(within(adding).getByLabelText('Indicator'), 'Events held');
    await user.type(within(adding).getByLabelText('Target'), 'Four a year');
    await user.click(within(adding).getByRole('button', { name: 'Add indicator' }));
    const indicator = last().nodes[0]!.indicators![0]!;
    expect(indicator).toMatchObject({ label: 'Events held', target: 'Four a year' });
    const saved = within(panel()).getByRole('form', { name: 'Indicator: Events held' });
    await user.selectOptions(within(saved).getByLabelText('Status'), 'on-track');
    await user.click(within(saved).getByRole('button', { name: 'Save indicator' }));
    expect(last().nodes[0]!.indicators).toEqual([{ id: indicator.id, label: 'Events held', target: 'Four a year', status: 'on-track' }]);
    // the stage and scope
    await user.selectOptions(within(panel()).getByLabelText('Stage of this step'), 'output');
    await user.selectOptions(within(panel()).getByLabelText('Scope of this step'), 'national');
    await user.click(within(panel()).getByRole('button', { name: 'Save stage and scope' }));
    expect(last().nodes[0]).toMatchObject({ id: 'a', kind: 'output', scope: 'national' });
    expect(step('a').classList.contains('ntoc-kind-output')).toBe(true);
    expect(await axe(container, AXE_JSDOM)).toHaveNoViolations();
    await user.click(within(panel()).getByRole('button', { name: 'Remove indicator Events held' }));
    expect(last().nodes[0]).not.toHaveProperty('indicators');
  });

  it('keeps its undo history when the page passes each change back in (the controlled pattern)', async () => {
    const user = userEvent.setup();
    const seen: TheoryOfChange[] = [];
    function Controlled() {
      const [toc, setToc] = useState(small);
      return (
        <>
          <TheoryOfChangeDiagram
            toc={toc}
            editable
            onChange={(next) => {
              seen.push(next);
              // a page often stores a copy (from a store or a server), not the very object
              setToc(structuredClone(next));
            }}
          />
          <button type="button" onClick={() => setToc(smallToc('other', 'Other', [['x', 'activity', 'Something else']], []))}>
            Load another
          </button>
        </>
      );
    }
    render(<Controlled />);
    const undo = () => screen.getByRole('button', { name: 'Undo the last change' });
    expect(undo()).toHaveProperty('disabled', true);
    await user.type(screen.getByLabelText('What is it?'), 'Staff feel heard{Enter}');
    expect(step('staff-feel-heard')).not.toBeNull();
    expect(undo()).toHaveProperty('disabled', false);
    await user.type(screen.getByLabelText('What is it?'), 'Peer support{Enter}');
    await user.click(undo());
    expect(document.querySelector('[data-node-id="peer-support"]')).toBeNull();
    expect(undo()).toHaveProperty('disabled', false);
    await user.click(undo());
    expect(document.querySelector('[data-node-id="staff-feel-heard"]')).toBeNull();
    expect(seen.at(-1)!.nodes.map((n) => n.id)).toEqual(['a', 'o']);
    expect(undo()).toHaveProperty('disabled', true);
    // a document from elsewhere starts the history afresh
    await user.type(screen.getByLabelText('What is it?'), 'Another{Enter}');
    expect(undo()).toHaveProperty('disabled', false);
    await user.click(screen.getByRole('button', { name: 'Load another' }));
    expect(step('x')).not.toBeNull();
    expect(undo()).toHaveProperty('disabled', true);
  });

  it('moves focus to the next step in the column after "Remove this step", never to the page body', async () => {
    const user = userEvent.setup();
    const three = smallToc(
      'three',
      'Three',
      [
        ['a', 'activity', 'First'],
        ['b', 'activity', 'Second'],
      ],
      [],
    );
    render(<TheoryOfChangeDiagram toc={three} editable />);
    act(() => step('a').focus());
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Remove this step' }));
    expect(document.activeElement).toBe(step('b'));
    expect(step('b').getAttribute('tabindex')).toBe('0');
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Remove this step' }));
    // nothing left to draw: the diagram's region takes focus
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement!.tagName).toBe('SECTION');
  });

  it('lists the checks in plain words', async () => {
    render(<TheoryOfChangeDiagram toc={small} editable />);
    fireEvent.click(screen.getByText(/^Checks/));
    expect(screen.getByText('Checks (3)')).toBeTruthy();
    expect(screen.getByText('‘Run a lens event’ does not lead to a long-term outcome yet: add the links that show the change it contributes to.')).toBeTruthy();
  });

  it('keeps the other boxes in place when a step is added', async () => {
    const user = userEvent.setup();
    render(<TheoryOfChangeDiagram toc={example} editable />);
    const where = () => new Map([...document.querySelectorAll('[data-node-id][role="button"]')].map((g) => [g.getAttribute('data-node-id'), g.getAttribute('transform')]));
    const before = where();
    await user.type(screen.getByLabelText('What is it?'), 'Peer support group{Enter}');
    const after = where();
    const moved = [...before.keys()].filter((id) => {
      const [x0, y0] = before.get(id)!.match(/[-\d.]+/g)!.map(Number);
      const [x1, y1] = after.get(id)!.match(/[-\d.]+/g)!.map(Number);
      return x0 !== x1 || Math.abs(y0! - y1!) > 80;
    });
    // measured: 4 of 30 boxes move more than 80px (a box's height) when an unlinked step is added
    expect(moved.length).toBeLessThanOrEqual(5);
  });
});

describe('<TheoryOfChangeDiagram> with a document it cannot use', () => {
  it('explains what needs attention instead of failing the page', async () => {
    const broken = { ...example, nodes: [{ id: 'a', kind: 'wish', label: 'Something', scope: 'local' }] } as unknown as TheoryOfChange;
    const { container } = render(<TheoryOfChangeDiagram toc={broken} />);
    expect(container.textContent).toContain('This Theory of Change cannot be drawn yet. One thing needs attention:');
    expect(container.textContent).toContain('nodes[0].kind: Use one of these kinds');
    expect(await axe(container, AXE_JSDOM)).toHaveNoViolations();
  });

  it('explains layout options it cannot use', () => {
    const { container } = render(<TheoryOfChangeDiagram toc={example} layoutOptions={{ fontSize: 2 }} />);
    expect(container.textContent).toContain('fontSize: The font size should be at least 6.');
  });
});

describe('<TheoryOfChangeDiagram> hydration', () => {
  it('hydrates server HTML without mismatches, then follows the reader’s motion setting', async () => {
    const { renderToString } = await import('react-dom/server');
    const { hydrateRoot } = await import('react-dom/client');
    const html = renderToString(<TheoryOfChangeDiagram toc={example} />);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <TheoryOfChangeDiagram toc={example} />, { onRecoverableError: (error) => console.error(error) });
    });
    expect(errors).not.toHaveBeenCalled();
    // jsdom has no matchMedia: after hydration the diagram uses the client's answer (no preference)
    expect(container.querySelector('section')!.getAttribute('data-reduced-motion')).toBe('false');
    errors.mockRestore();
    act(() => root!.unmount());
    container.remove();
  });
});
