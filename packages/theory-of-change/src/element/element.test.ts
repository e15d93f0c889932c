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

  it('escapes everything it shows', () => {
    const hostile = { ...example, title: '<img src=x onerror=alert(1)>' };
    const element = mount(`<theory-of-change-diagram></theory-of-change-diagram>`) as HTMLElement & { toc: unknown };
    element.toc = hostile;
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect(element.shadowRoot!.querySelector('title')!.textContent).toBe(hostile.title);
  });
});
