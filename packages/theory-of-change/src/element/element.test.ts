// @vitest-environment jsdom
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    expect(root.querySelectorAll('.toc-node')).toHaveLength(30);
    expect(root.querySelector('details summary')!.textContent).toBe('Text description');
    expect(root.querySelector('details pre')!.textContent).toContain('Pathways, from each activity:');
  });

  it('reads JSON from a child script', () => {
    const element = mount(`<theory-of-change-diagram swimlanes><script type="application/json">${JSON.stringify(example)}</script></theory-of-change-diagram>`);
    expect(element.shadowRoot!.querySelectorAll('.toc-lane')).toHaveLength(2);
  });

  it('takes a property, which wins over the attribute, and marks the selected step', () => {
    const element = mount(`<theory-of-change-diagram selected="o-leaflet" toc='{"broken": true}'></theory-of-change-diagram>`) as HTMLElement & { toc: unknown };
    element.toc = example;
    expect(element.shadowRoot!.querySelector('.toc-selected')!.getAttribute('data-node-id')).toBe('o-leaflet');
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
      'Interim outcome: Shorter waits for a first appointment. At risk. Leads to 2 steps, 1 step leads to it.',
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
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Followed a link downstream to Output: Leaflet in use at every first appointment. Leads to 1 step, 1 step leads to it.');
    press('o-leaflet', 'ArrowLeft');
    expect(root.activeElement).toBe(step('a-welcome-leaflet'));
    press('a-welcome-leaflet', 'ArrowLeft');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('No step leads to ‘Co-produce a welcome leaflet with people with lived experience’ yet.');
    const selected = vi.fn();
    element.addEventListener('toc-select', (event) => selected((event as CustomEvent).detail));
    press('a-welcome-leaflet', 'Enter');
    expect(selected).toHaveBeenCalledWith({ id: 'a-welcome-leaflet' });
    expect(step('a-welcome-leaflet').getAttribute('aria-pressed')).toBe('true');
    expect(step('a-welcome-leaflet').classList.contains('toc-selected')).toBe(true);
  });

  it('escapes everything it shows', () => {
    const hostile = { ...example, title: '<img src=x onerror=alert(1)>' };
    const element = mount(`<theory-of-change-diagram></theory-of-change-diagram>`) as HTMLElement & { toc: unknown };
    element.toc = hostile;
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect(element.shadowRoot!.querySelector('title')!.textContent).toBe(hostile.title);
  });
});
