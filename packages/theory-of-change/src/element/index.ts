import type { TheoryOfChange } from '@nttp/domain';
import { z } from 'zod';
import { TheoryOfChangeError, parseOptions } from '../errors';
import { fromJson } from '../from-json';
import type { TocLayout } from '../layout/layout';
import { firstStep, neighbours, stepName } from '../navigation';
import { describe } from '../render/describe';
import { escapeXml } from '../render/escape';
import { drawSvg } from '../render/svg';

export const ELEMENT_NAME = 'theory-of-change-diagram';

/** What a `<theory-of-change-diagram>` offers scripts: the document it draws (set it to redraw). */
export interface TheoryOfChangeDiagramElement extends HTMLElement {
  /** A Theory of Change object or its JSON text; wins over the `toc` attribute and a child script. */
  toc: unknown;
}

declare global {
  interface HTMLElementTagNameMap {
    'theory-of-change-diagram': TheoryOfChangeDiagramElement;
  }
}

const NameSchema = z
  .string({ error: 'The element name should be text.' })
  .regex(/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/, { error: 'A custom element name is lower-case, starts with a letter and contains a hyphen, like "toc-diagram".' });

const ELEMENT_STYLE = `:host{display:block;overflow:auto;max-width:100%}svg{max-width:none}details{margin-top:.5rem;font-family:var(--toc-font,Arial,"Liberation Sans",Helvetica,sans-serif)}.toc-problem{border-left:4px solid var(--toc-attention,#8a3b00);padding:.5rem 1rem}pre{white-space:pre-wrap;font:inherit}[role="button"]{cursor:pointer;outline:none}[role="button"]:focus rect{stroke:var(--toc-focus,#1a4fa0);stroke-width:4}.toc-live{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

/**
 * Defines `<theory-of-change-diagram>` (or the `name` given) and returns its class. Does nothing on the
 * server or wherever custom elements are not available, and is safe to call more than once.
 *
 * The element reads its Theory of Change from the `toc` property, the `toc` attribute (JSON), or a child
 * `<script type="application/json">`, in that order, and draws it with `renderSvg` in its shadow root,
 * with the long description in a `<details>` below. Attributes: `swimlanes`, `selected` (a step id), and
 * `interactive`, which makes the steps focusable: the arrow keys follow links (Right downstream, Left
 * upstream) and move within a column (Up, Down), each move announced; Enter or Space selects a step and
 * fires `toc-select` with its id. When the document cannot be used it shows what needs attention and
 * fires a `toc-error` event.
 */
export function defineTheoryOfChangeElement(name: string = ELEMENT_NAME): CustomElementConstructor | undefined {
  parseOptions(NameSchema, name, 'element name');
  if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined') return undefined;
  const existing = customElements.get(name);
  if (existing) return existing;

  class TheoryOfChangeDiagramElement extends HTMLElement {
    static observedAttributes = ['toc', 'swimlanes', 'selected', 'interactive'];
    #toc: unknown = undefined;
    #observer: MutationObserver | undefined;
    #connected = false;
    #drawn: { toc: TheoryOfChange; layout: TocLayout } | undefined;
    #focusId: string | undefined;
    #listening = false;

    get toc(): unknown {
      return this.#toc;
    }

    set toc(value: unknown) {
      this.#toc = value;
      this.#render();
    }

    connectedCallback(): void {
      this.#connected = true;
      // a child script may arrive after the element is connected while the page is still parsing
      if (typeof MutationObserver !== 'undefined' && !this.#observer) {
        this.#observer = new MutationObserver(() => this.#render());
        this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
      }
      this.#render();
    }

    disconnectedCallback(): void {
      this.#connected = false;
      this.#observer?.disconnect();
      this.#observer = undefined;
    }

    attributeChangedCallback(): void {
      // attributes present at upgrade are read once, in connectedCallback
      if (this.#connected) this.#render();
    }

    #source(): unknown {
      if (this.#toc !== undefined) return this.#toc;
      const attribute = this.getAttribute('toc');
      if (attribute !== null) return attribute;
      return this.querySelector('script[type="application/json"]')?.textContent ?? undefined;
    }

    #render(): void {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const source = this.#source();
      if (source === undefined) {
        root.innerHTML = '';
        return;
      }
      try {
        const { toc } = fromJson(source);
        const selected = this.getAttribute('selected');
        const interactive = this.hasAttribute('interactive');
        const { svg, drawn } = drawSvg(
          toc,
          { swimlanes: this.hasAttribute('swimlanes'), idPrefix: `toc-${toc.id}`, ...(selected ? { selectedId: selected } : {}) },
          interactive
            ? (layout) => ({
                name: (id) => stepName(toc, layout, id),
                tabbable: this.#focusId && layout.nodes.some((n) => n.id === this.#focusId) ? this.#focusId : firstStep(layout),
              })
            : undefined,
        );
        this.#drawn = { toc, layout: drawn };
        const live = interactive ? '<div class="toc-live" role="status" aria-live="polite"></div>' : '';
        root.innerHTML = `<style>${ELEMENT_STYLE}</style>${svg}${live}<details><summary>Text description</summary><pre>${escapeXml(describe(toc))}</pre></details>`;
        if (interactive) this.#listen(root);
      } catch (error) {
        const issues = error instanceof TheoryOfChangeError ? error.issues : [];
        const items = issues.map((i) => `<li>${escapeXml(i.where ? `${i.where}: ${i.message}` : i.message)}</li>`).join('');
        root.innerHTML = `<style>${ELEMENT_STYLE}</style><div class="toc-problem" role="status"><p>This Theory of Change cannot be drawn yet.</p><ul>${items}</ul></div>`;
        this.dispatchEvent(new CustomEvent('toc-error', { detail: { issues }, bubbles: true, composed: true }));
      }
    }

    /** Keyboard and pointer handling for `interactive`, on the shadow root (it survives re-renders). */
    #listen(root: ShadowRoot): void {
      if (this.#listening) return;
      this.#listening = true;
      const stepOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('[data-node-id][role="button"]') : null);
      root.addEventListener('keydown', (event) => {
        const key = (event as KeyboardEvent).key;
        const step = stepOf(event.target);
        if (!step || !this.#drawn) return;
        const id = step.getAttribute('data-node-id')!;
        const { toc, layout } = this.#drawn;
        const near = neighbours(toc, layout, id);
        const label = (target: string) => toc.nodes.find((n) => n.id === target)?.label ?? target;
        const moves: Record<string, [string | undefined, string, string]> = {
          ArrowRight: [near.downstream[0], 'Followed a link downstream to', `‘${label(id)}’ does not lead to another step yet.`],
          ArrowLeft: [near.upstream[0], 'Followed a link upstream to', `No step leads to ‘${label(id)}’ yet.`],
          ArrowDown: [near.below, 'Next in this column:', 'This is the last step in this column.'],
          ArrowUp: [near.above, 'Previous in this column:', 'This is the first step in this column.'],
        };
        const move = moves[key];
        if (move) {
          event.preventDefault();
          const [target, how, none] = move;
          if (target) this.#focus(root, target, `${how} ${stepName(toc, layout, target)}`);
          else this.#announce(root, none);
        } else if (key === 'Enter' || key === ' ') {
          event.preventDefault();
          this.#select(root, id);
        }
      });
      root.addEventListener('click', (event) => {
        const step = stepOf(event.target);
        if (step) this.#select(root, step.getAttribute('data-node-id')!);
      });
    }

    #focus(root: ShadowRoot, id: string, message: string): void {
      this.#focusId = id;
      for (const step of root.querySelectorAll('[data-node-id][role="button"]')) {
        const here = step.getAttribute('data-node-id') === id;
        step.setAttribute('tabindex', here ? '0' : '-1');
        if (here) (step as SVGGElement).focus();
      }
      this.#announce(root, message);
    }

    #select(root: ShadowRoot, id: string): void {
      this.#focusId = id;
      for (const step of root.querySelectorAll('[data-node-id][role="button"]')) {
        const here = step.getAttribute('data-node-id') === id;
        step.classList.toggle('toc-selected', here);
        step.setAttribute('aria-pressed', String(here));
      }
      const label = this.#drawn?.toc.nodes.find((n) => n.id === id)?.label ?? id;
      this.#announce(root, `Selected ‘${label}’.`);
      this.dispatchEvent(new CustomEvent('toc-select', { detail: { id }, bubbles: true, composed: true }));
    }

    #announce(root: ShadowRoot, message: string): void {
      const live = root.querySelector('.toc-live');
      if (live) live.textContent = message;
    }
  }

  customElements.define(name, TheoryOfChangeDiagramElement);
  return TheoryOfChangeDiagramElement;
}
