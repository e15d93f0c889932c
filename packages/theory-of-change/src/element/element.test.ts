// @vitest-environment jsdom
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { fakeScrollBox } from '../test-utils/scroll';
import { ELEMENT_NAME, defineTheoryOfChangeElement } from './index';

const example = exampleTheoryOfChange();
const Element = defineTheoryOfChangeElement()!;

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector(ELEMENT_NAME)!;
}

describe('<theory-of-change-diagram>', () => {
  it('is defined once, under its name', () => {
    expect(customElements.get(ELEMENT_NAME)).toBe(Element);
    expect(defineTheoryOfChangeElement()).toBe(Element);
  });

  it('reads JSON from its toc attribute and draws the SVG with a text description', () => {
    const element = mount(`<theory-of-change-diagram></theory-of-change-diagram>`);
    element.setAttribute('toc', JSON.stringify(example));
    const root = element.shadowRoot!;
    expect(root.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(root.querySelectorAll('.ntoc-node')).toHaveLength(30);
    expect(root.querySelector('details summary')!.textContent).toBe('Text description');
    expect(root.querySelector('details pre')!.textContent).toContain('Pathways, from each activity:');
  });

  it('reads JSON from a child script', () => {
    const element = mount(`<theory-of-change-diagram swimlanes><script type="application/json">${JSON.stringify(example)}</script></theory-of-change-diagram>`);
    expect(element.shadowRoot!.querySelectorAll('.ntoc-lane')).toHaveLength(2);
  });

  it('takes a property, which wins over the attribute, and marks the selected step', () => {
    const element = mount(`<theory-of-change-diagram selected="o-leaflet" toc='{"broken": true}'></theory-of-change-diagram>`) as HTMLElement & { toc: unknown };
    element.toc = example;
    expect(element.shadowRoot!.querySelector('.ntoc-selected')!.getAttribute('data-node-id')).toBe('o-leaflet');
  });

  it('explains calmly what needs attention, and fires toc-error', () => {
    const listener = vi.fn();
    document.addEventListener('toc-error', listener);
    const element = mount(`<theory-of-change-diagram toc='{"id": "x", "title": "X", "nodes": "none", "links": []}'></theory-of-change-diagram>`);
    const text = element.shadowRoot!.textContent!;
    expect(text).toContain('This Theory of Change cannot be drawn yet.');
    expect(text).toContain('nodes: ');
    expect(listener).toHaveBeenCalledTimes(1);
    element.setAttribute('toc', '{ not json');
    expect(element.shadowRoot!.textContent).toContain('This text is not valid JSON');
    document.removeEventListener('toc-error', listener);
  });

  it('is an image by default, and a group of focusable steps with `interactive`', () => {
    const still = mount(`<theory-of-change-diagram></theory-of-change-diagram>`) as HTMLElement & { toc: unknown };
    still.toc = example;
    expect(still.shadowRoot!.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(still.shadowRoot!.querySelector('[role="button"]')).toBeNull();
    const element = mount(`<theory-of-change-diagram interactive></theory-of-change-diagram>`) as HTMLElement & { toc: unknown };
    element.toc = example;
    const root = element.shadowRoot!;
    expect(root.querySelector('svg')!.getAttribute('role')).toBe('group');
    expect(root.querySelectorAll('[role="button"]')).toHaveLength(30);
    expect(root.querySelectorAll('[role="button"][tabindex="0"]')).toHaveLength(1);
    expect(root.querySelector('[data-node-id="i-shorter-waits"]')!.getAttribute('aria-label')).toBe(
      'Interim outcome: Shorter waits for a first appointment. Needs attention. Leads to 2 steps, 1 step leads to it.',
    );
  });

  it('follows links with the arrow keys, announces each move, and selects with Enter', () => {
    const element = mount(`<theory-of-change-diagram interactive></theory-of-change-diagram>`) as HTMLElement & { toc: unknown };
    element.toc = example;
    const root = element.shadowRoot!;
    const step = (id: string) => root.querySelector<SVGGElement>(`[data-node-id="${id}"]`)!;
    const press = (id: string, key: string) => step(id).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    step('a-welcome-leaflet').focus();
    press('a-welcome-leaflet', 'ArrowRight');
    expect(root.activeElement).toBe(step('o-leaflet'));
    expect(step('o-leaflet').getAttribute('tabindex')).toBe('0');
    expect(step('a-welcome-leaflet').getAttribute('tabindex')).toBe('-1');
    expect(root.querySelector('[role="status"]')!.textContent).toBe(
      'Followed a link downstream to Output: Leaflet in use at every first appointment. Leads to 1 step, 1 step leads to it. Because: People with lived experience know what would have helped them at the start.',
    );
    press('o-leaflet', 'ArrowLeft');
    expect(root.activeElement).toBe(step('a-welcome-leaflet'));
    press('a-welcome-leaflet', 'ArrowLeft');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('No step leads to ‘Co-produce a welcome leaflet with people with lived experience’ yet.');
    const selected = vi.fn();
    element.addEventListener('toc-select', (event) => selected((event as CustomEvent).detail));
    press('a-welcome-leaflet', 'Enter');
    expect(selected).toHaveBeenCalledWith({ id: 'a-welcome-leaflet' });
    expect(step('a-welcome-leaflet').getAttribute('aria-pressed')).toBe('true');
    expect(step('a-welcome-leaflet').classList.contains('ntoc-selected')).toBe(true);
  });

  it('escapes everything it shows', () => {
    const hostile = { ...example, title: '<img src=x onerror=alert(1)>' };
    const element = mount(`<theory-of-change-diagram></theory-of-change-diagram>`) as HTMLElement & { toc: unknown };
    element.toc = hostile;
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect(element.shadowRoot!.querySelector('title')!.textContent).toBe(hostile.title);
  });
});

describe('<theory-of-change-diagram interactive> keyboard, as in the React component', () => {
  const setUp = () => {
    const element = mount(`<theory-of-change-diagram interactive></theory-of-change-diagram>`) as HTMLElement & { toc: unknown };
    element.toc = example;
    const root = element.shadowRoot!;
    const step = (id: string) => root.querySelector<SVGGElement>(`[data-node-id="${id}"][role="button"]`)!;
    const press = (key: string, shiftKey = false) => {
      const target = (root.activeElement ?? root.querySelector('[role="button"][tabindex="0"]')) as SVGGElement;
      target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true }));
    };
    const said = () => root.querySelector('[role="status"]')!.textContent;
    return { element, root, step, press, said };
  };

  it('moves between the steps reached along the same links with Shift and Up or Down', () => {
    const { root, step, press, said } = setUp();
    step('o-this-is-me').focus();
    press('ArrowRight');
    const first = root.activeElement!.getAttribute('data-node-id');
    expect(said()).toMatch(/^Followed a link downstream \(1 of 2; Shift and Down for the next\) to /);
    press('ArrowDown', true);
    const second = root.activeElement!.getAttribute('data-node-id');
    expect(second).not.toBe(first);
    expect(said()).toMatch(/^2 of 2 steps ‘'This is me' completed with people who choose to’ leads to: /);
  });

  it('goes to the first and last step with Home and End, and clears the selection with Escape', () => {
    const { element, root, step, press, said } = setUp();
    const selected = vi.fn();
    element.addEventListener('toc-select', (event) => selected((event as CustomEvent).detail));
    step('o-leaflet').focus();
    press('End');
    expect(root.activeElement!.classList.contains('ntoc-kind-impact')).toBe(true);
    expect(said()).toMatch(/^Last step: Impact: /);
    press('Home');
    expect(root.activeElement!.classList.contains('ntoc-kind-activity')).toBe(true);
    press('Enter');
    expect(root.querySelectorAll('[aria-pressed="true"]')).toHaveLength(1);
    press('Escape');
    expect(selected).toHaveBeenLastCalledWith({ id: null });
    expect(root.querySelectorAll('[aria-pressed="true"]')).toHaveLength(0);
    expect(said()).toBe('Selection cleared.');
  });

  it('zooms with + and −, and fits the width with 0', () => {
    const { root, step, press, said } = setUp();
    const svg = root.querySelector('svg')!;
    const natural = Number(svg.getAttribute('width'));
    step('o-leaflet').focus();
    press('+');
    expect(Number(svg.getAttribute('width'))).toBe(Math.round(natural * 1.25));
    expect(said()).toBe('Zoomed to 125%.');
    press('-');
    press('-');
    expect(Number(svg.getAttribute('width'))).toBe(Math.round(natural * 0.8));
    press('0');
    expect(svg.getAttribute('width')).toBe('100%');
    expect(svg.hasAttribute('height')).toBe(false);
  });

  it('pans with Shift+Alt+arrows through the same keyboard model, focus staying on the step', () => {
    const { root, step, said } = setUp();
    const scroll = root.querySelector('.toc-scroll')!;
    fakeScrollBox(scroll, { clientWidth: 400, scrollWidth: 1000, clientHeight: 300, scrollHeight: 300 });
    const pan = (key: string) => root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey: true, altKey: true, bubbles: true, composed: true }));
    step('o-leaflet').focus();
    pan('ArrowRight');
    pan('ArrowRight');
    expect(scroll.scrollLeft).toBe(200);
    expect(said()).toBe('Moved the view right.');
    expect(root.activeElement).toBe(step('o-leaflet'));
    for (let i = 0; i < 5; i++) pan('ArrowRight');
    expect(scroll.scrollLeft).toBe(600);
    expect(said()).toBe('The right edge of the diagram is in view.');
    expect(root.querySelector('.toc-help')!.textContent).toContain('Shift with Alt and an arrow key moves the view');
  });

  it('has no axe violations in its keyboard mode, with checks and lanes drawn', async () => {
    const element = mount(`<main><theory-of-change-diagram interactive checks swimlanes></theory-of-change-diagram></main>`) as HTMLElement & { toc: unknown };
    element.toc = example;
    expect(await axe(document.body, { rules: { 'color-contrast': { enabled: false } } })).toHaveNoViolations();
  });

  it('keeps headings, lanes and the ceiling out of the way of screen readers: only the steps are read', () => {
    const element = mount(`<theory-of-change-diagram interactive swimlanes></theory-of-change-diagram>`) as HTMLElement & { toc: unknown };
    element.toc = example;
    const root = element.shadowRoot!;
    for (const selector of ['.ntoc-heading', '.ntoc-lane-label', '.ntoc-ceiling text', '.ntoc-link']) {
      const found = root.querySelector(selector)!;
      expect(found.closest('[aria-hidden="true"]'), selector).not.toBeNull();
    }
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('aria-labelledby')).toBe('toc-toc-glenmoray-title');
    expect(svg.getAttribute('aria-describedby')).toBe('toc-toc-glenmoray-desc toc-toc-glenmoray-keys');
    expect(root.getElementById('toc-toc-glenmoray-keys')!.textContent).toContain('Shift with Up or Down');
  });
});

describe('<theory-of-change-diagram> light and dark, in every browser', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('reflects the nearest data-theme (an ancestor’s, or its own) on itself, and follows every change', async () => {
    document.body.innerHTML = `<div id="page" data-theme="dark"><section id="panel"><theory-of-change-diagram></theory-of-change-diagram></section></div>`;
    const element = document.querySelector<HTMLElement & { toc: unknown }>(ELEMENT_NAME)!;
    element.toc = example;
    expect(element.getAttribute('data-ntoc-theme')).toBe('dark');
    document.getElementById('page')!.setAttribute('data-theme', 'light');
    await settle();
    expect(element.getAttribute('data-ntoc-theme')).toBe('light');
    // a nearer ancestor that gains data-theme later wins over a farther one
    document.getElementById('panel')!.setAttribute('data-theme', 'dark');
    await settle();
    expect(element.getAttribute('data-ntoc-theme')).toBe('dark');
    element.setAttribute('data-theme', 'light');
    await settle();
    expect(element.getAttribute('data-ntoc-theme')).toBe('light');
    element.removeAttribute('data-theme');
    document.getElementById('panel')!.removeAttribute('data-theme');
    document.getElementById('page')!.removeAttribute('data-theme');
    await settle();
    // no data-theme anywhere: the system setting decides, through prefers-color-scheme
    expect(element.hasAttribute('data-ntoc-theme')).toBe(false);
  });

  it('finds data-theme outside a shadow root it sits in, and stops following once removed', async () => {
    document.body.innerHTML = `<div data-theme="dark"><app-shell></app-shell></div>`;
    const shell = document.querySelector('app-shell')!;
    const element = document.createElement(ELEMENT_NAME) as HTMLElement & { toc: unknown };
    shell.attachShadow({ mode: 'open' }).append(element);
    element.toc = example;
    expect(element.getAttribute('data-ntoc-theme')).toBe('dark');
    element.remove();
    document.querySelector('div')!.setAttribute('data-theme', 'light');
    await settle();
    expect(element.getAttribute('data-ntoc-theme')).toBe('dark');
  });

  // jsdom computes no shadow styles: the colours themselves are checked in chromium (e2e/look.e2e.test.ts)
  it('styles its drawing from the reflected theme with :host(), not Chromium’s :host-context()', () => {
    const element = mount(`<theory-of-change-diagram></theory-of-change-diagram>`) as HTMLElement & { toc: unknown };
    element.toc = example;
    const css = element.shadowRoot!.querySelector('style')!.textContent!;
    expect(css).not.toContain(':host-context');
    expect(css).toMatch(/:host\(\[data-ntoc-theme="dark"\]\) #toc-toc-glenmoray-drawing\{--ntoc-bg:#15151c;/);
    expect(css).toMatch(/:host\(\[data-ntoc-theme="light"\]\) #toc-toc-glenmoray-drawing\{--ntoc-bg:#ffffff;/);
  });
});
