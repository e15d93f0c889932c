import { TheoryOfChangeError } from '../errors';
import { fromJson } from '../from-json';
import { describe } from '../render/describe';
import { escapeXml } from '../render/escape';
import { renderSvg } from '../render/svg';

export const ELEMENT_NAME = 'theory-of-change-diagram';

const ELEMENT_STYLE = `:host{display:block;overflow:auto;max-width:100%}svg{max-width:none}details{margin-top:.5rem;font-family:var(--toc-font,Arial,"Liberation Sans",Helvetica,sans-serif)}.toc-problem{border-left:4px solid var(--toc-attention,#8a3b00);padding:.5rem 1rem}pre{white-space:pre-wrap;font:inherit}`;

/**
 * Defines `<theory-of-change-diagram>` (or the `name` given) and returns its class. Does nothing on the
 * server or wherever custom elements are not available, and is safe to call more than once.
 *
 * The element reads its Theory of Change from the `toc` property, the `toc` attribute (JSON), or a child
 * `<script type="application/json">`, in that order, and draws it with `renderSvg` in its shadow root,
 * with the long description in a `<details>` below. Attributes: `swimlanes`, `selected` (a step id).
 * When the document cannot be used it shows what needs attention and fires a `toc-error` event.
 */
export function defineTheoryOfChangeElement(name: string = ELEMENT_NAME): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined') return undefined;
  const existing = customElements.get(name);
  if (existing) return existing;

  class TheoryOfChangeDiagramElement extends HTMLElement {
    static observedAttributes = ['toc', 'swimlanes', 'selected'];
    #toc: unknown = undefined;
    #observer: MutationObserver | undefined;
    #connected = false;

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
        const svg = renderSvg(toc, {
          swimlanes: this.hasAttribute('swimlanes'),
          idPrefix: `toc-${toc.id}`,
          ...(selected ? { selectedId: selected } : {}),
        });
        root.innerHTML = `<style>${ELEMENT_STYLE}</style>${svg}<details><summary>Text description</summary><pre>${escapeXml(describe(toc))}</pre></details>`;
      } catch (error) {
        const issues = error instanceof TheoryOfChangeError ? error.issues : [];
        const items = issues.map((i) => `<li>${escapeXml(i.where ? `${i.where}: ${i.message}` : i.message)}</li>`).join('');
        root.innerHTML = `<style>${ELEMENT_STYLE}</style><div class="toc-problem" role="status"><p>This Theory of Change cannot be drawn yet.</p><ul>${items}</ul></div>`;
        this.dispatchEvent(new CustomEvent('toc-error', { detail: { issues }, bubbles: true, composed: true }));
      }
    }
  }

  customElements.define(name, TheoryOfChangeDiagramElement);
  return TheoryOfChangeDiagramElement;
}
