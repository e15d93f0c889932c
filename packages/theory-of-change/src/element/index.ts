import { z } from 'zod/v4';
import { TheoryOfChangeError, parseOptions } from '../errors';
import { fromJson } from '../from-json';
import { describe } from '../render/describe';
import { escapeXml } from '../render/escape';
import { KEYBOARD_HELP, keyAction, type Trail } from '../render/keyboard';
import type { DiagramModel } from '../render/model';
import { PRINT_HIDE, PRINT_PAGE_RULE, printPages, printStyle } from '../render/print';
import { panView } from '../render/pan';
import { drawSvg } from '../render/svg';
import { shadowThemeStyle } from '../render/theme';
import { fitZoom, nextZoom, zoomMessage } from '../render/zoom';
import { followTheme } from './theme';

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

const ELEMENT_STYLE = `:host{display:block;max-width:100%}.toc-scroll{overflow:auto;max-width:100%}.toc-scroll svg.ntoc-fit{width:100%;height:auto}.toc-help{margin:0 0 .5rem;font-family:var(--toc-font,Arial,"Liberation Sans",Helvetica,sans-serif)}@media print{.toc-scroll{overflow:visible}}${printStyle(':host')}details{margin-top:.5rem;font-family:var(--toc-font,Arial,"Liberation Sans",Helvetica,sans-serif)}.toc-problem{border-left:4px solid var(--toc-attention,#8a3b00);padding:.5rem 1rem}pre{white-space:pre-wrap;font:inherit}[role="button"]{cursor:pointer;outline:none}.toc-live{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

/**
 * Defines `<theory-of-change-diagram>` (or the `name` given) and returns its class. Does nothing on the
 * server or wherever custom elements are not available, and is safe to call more than once.
 *
 * The element reads its Theory of Change from the `toc` property, the `toc` attribute (JSON), or a child
 * `<script type="application/json">`, in that order, and draws it with `renderSvg` in its shadow root,
 * with the long description in a `<details>` below. Attributes: `swimlanes`, `selected` (a step id),
 * `checks` (draw the checks from `validate()` on the diagram), `fit="width"` (scale to the element's
 * width), and `interactive`, which makes the steps focusable with the same keys as the React component
 * (arrows along links and columns, Shift+Up/Down between siblings, Home, End, Enter, Escape, + − 0 F to
 * zoom, Shift+Alt+arrows to pan), each move announced; selecting fires `toc-select` with the id (null
 * when cleared). It follows the page's `data-theme` (see ./theme). When the document cannot be used it
 * shows what needs attention and fires a `toc-error` event.
 */
export function defineTheoryOfChangeElement(name: string = ELEMENT_NAME): CustomElementConstructor | undefined {
  parseOptions(NameSchema, name, 'element name');
  if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined') return undefined;
  const existing = customElements.get(name);
  if (existing) return existing;
  // @page rules only work from the document: the element's pages print landscape, the rest as the page says
  if (typeof CSSStyleSheet !== 'undefined' && 'adoptedStyleSheets' in document) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${PRINT_PAGE_RULE}${name}{page:ntoc-landscape}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }

  class TheoryOfChangeDiagramElement extends HTMLElement {
    static observedAttributes = ['toc', 'swimlanes', 'selected', 'interactive', 'checks', 'fit'];
    #toc: unknown = undefined;
    #observer: MutationObserver | undefined;
    #connected = false;
    #drawn: { model: DiagramModel; prefix: string } | undefined;
    #focusId: string | undefined;
    #trail: Trail | null = null;
    /** 1 is the drawing's own size; 0 fits it to the element's width. */
    #zoom = 1;
    #listening = false;
    #stopFollowingTheme: (() => void) | undefined;

    get toc(): unknown {
      return this.#toc;
    }

    set toc(value: unknown) {
      this.#toc = value;
      this.#render();
    }

    connectedCallback(): void {
      this.#connected = true;
      if (this.getAttribute('fit') === 'width') this.#zoom = 0;
      this.#stopFollowingTheme?.();
      this.#stopFollowingTheme = followTheme(this);
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
      this.#stopFollowingTheme?.();
      this.#stopFollowingTheme = undefined;
    }

    attributeChangedCallback(name: string): void {
      if (name === 'fit') this.#zoom = this.getAttribute('fit') === 'width' ? 0 : 1;
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
        const { svg, model, prefix } = drawSvg(
          toc,
          {
            swimlanes: this.hasAttribute('swimlanes'),
            checks: this.hasAttribute('checks'),
            fit: this.getAttribute('fit') === 'width' ? 'width' : 'none',
            idPrefix: `toc-${toc.id.replace(/[^\w-]/g, '_')}`,
            ...(selected ? { selectedId: selected } : {}),
          },
          interactive ? (drawn) => ({ tabbable: this.#focusId && drawn.names.has(this.#focusId) ? this.#focusId : drawn.order[0] }) : undefined,
        );
        this.#drawn = { model, prefix };
        const live = interactive ? '<div class="toc-live" role="status" aria-live="polite"></div>' : '';
        const pages = printPages(model, prefix);
        const hide = pages ? ` ${PRINT_HIDE}` : '';
        const help = interactive ? `<p class="toc-help" id="${prefix}-keys">${escapeXml(KEYBOARD_HELP)}</p>` : '';
        root.innerHTML = `<style>${ELEMENT_STYLE}${shadowThemeStyle(prefix)}</style>${help}${interactive ? `<div class="toc-scroll${hide}">` : `<div class="toc-scroll${hide}" tabindex="0" role="group" aria-label="Diagram (scrolls sideways when wider than the page)">`}${svg}</div>${pages}${live}<details><summary>Text description</summary><pre>${escapeXml(describe(toc))}</pre></details>`;
        if (interactive) {
          root.querySelector('svg')!.setAttribute('aria-describedby', `${prefix}-desc ${prefix}-keys`);
          this.#listen(root);
        }
        this.#applyZoom(root);
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
        const step = stepOf(event.target);
        if (!step || !this.#drawn) return;
        const id = step.getAttribute('data-node-id')!;
        const action = keyAction(this.#drawn.model, id, event as KeyboardEvent, this.#trail);
        if (!action) return;
        event.preventDefault();
        if (action.kind === 'move') {
          this.#trail = action.trail;
          this.#focus(root, action.target, action.message);
        } else if (action.kind === 'stay') this.#announce(root, action.message);
        else if (action.kind === 'select') this.#select(root, id);
        else if (action.kind === 'clear') this.#select(root, null);
        else if (action.kind === 'pan') {
          const scroll = root.querySelector<HTMLElement>('.toc-scroll');
          if (scroll) this.#announce(root, panView(scroll, document.scrollingElement ?? document.documentElement, action.direction));
        } else {
          this.#zoom = nextZoom(this.#zoom, action.change);
          this.#applyZoom(root, action.change === 'fit-selection' ? id : undefined);
          this.#announce(root, zoomMessage(this.#zoom));
        }
      });
      root.addEventListener('click', (event) => {
        const step = stepOf(event.target);
        if (!step) return;
        this.#trail = null;
        this.#select(root, step.getAttribute('data-node-id')!);
      });
    }

    /** Sizes the drawing for the zoom level: 0 fits it to the element's width. */
    #applyZoom(root: ShadowRoot, around?: string): void {
      const svg = root.querySelector<SVGSVGElement>('.toc-scroll svg');
      const scroll = root.querySelector<HTMLElement>('.toc-scroll');
      if (!svg || !scroll || !this.#drawn) return;
      const { width, height } = this.#drawn.model.drawn;
      if (around) this.#zoom = fitZoom(this.#drawn.model, around, scroll.clientWidth, window.innerHeight);
      svg.classList.toggle('ntoc-fit', this.#zoom === 0);
      if (this.#zoom === 0) {
        svg.setAttribute('width', '100%');
        svg.removeAttribute('height');
        return;
      }
      svg.setAttribute('width', String(Math.round(width * this.#zoom)));
      svg.setAttribute('height', String(Math.round(height * this.#zoom)));
      if (around) {
        const box = this.#drawn.model.boxes.find((b) => b.id === around)!.box;
        scroll.scrollTo?.({ left: Math.max(0, (box.x + box.width / 2) * this.#zoom - scroll.clientWidth / 2), top: 0 });
      }
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

    #select(root: ShadowRoot, id: string | null): void {
      if (id) this.#focusId = id;
      for (const step of root.querySelectorAll('[data-node-id][role="button"]')) {
        const here = step.getAttribute('data-node-id') === id;
        step.classList.toggle('ntoc-selected', here);
        step.setAttribute('aria-pressed', String(here));
      }
      const label = id ? (this.#drawn?.model.labels.get(id) ?? id) : '';
      this.#announce(root, id ? `Selected ‘${label}’.` : 'Selection cleared.');
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
