// The test pages' scripts, bundled by esbuild for the browser: the custom element, the React component
// with editing on, and the plain SVG string inline in a page. Query words pick variants: `interactive`,
// `fit` (scale to the width), `wide` (too wide for one printed page), `print` (the SVG string's print
// pages), `checks`, `theme=dark|light`
// (data-theme on <html>), `host` (a page with its own .toc-link), `size=N` (React: N generated steps).
import type { TheoryOfChange } from '@nttp/domain';
import { exampleTheoryOfChange } from '@nttp/domain/fixtures';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { defineTheoryOfChangeElement } from '../src/element/index';
import { renderSvg } from '../src/index';
import { TheoryOfChangeDiagram } from '../src/react/index';

const page = document.body.dataset.page;
const query = new URLSearchParams(location.search);
const main = document.querySelector('main')!;
const theme = query.get('theme');
if (theme) document.documentElement.dataset.theme = theme;
/** A seeded, Theory-of-Change-shaped document of `size` steps over five stages (for timing large drawings). */
function largeToc(size: number): TheoryOfChange {
  let state = 7;
  const random = () => ((state = (state * 48271) % 2147483647) / 2147483647);
  const kinds = ['activity', 'output', 'short-term-outcome', 'interim-outcome', 'long-term-outcome'] as const;
  const nodes = Array.from({ length: size }, (_, i) => ({ id: `n${i}`, kind: kinds[Math.min(4, Math.floor((i / size) * 5))]!, label: `Step ${i} of the plan`, scope: 'local' as const }));
  const stageOf = (i: number) => Math.min(4, Math.floor((i / size) * 5));
  const links = nodes.flatMap((node, i) => {
    const stage = stageOf(i);
    if (stage === 4) return [];
    const next = Math.floor(((stage + 1) / 5) * size);
    const width = Math.floor(size / 5);
    return [0, 1].slice(0, random() < 0.45 ? 2 : 1).map((k) => ({ id: `l${i}-${k}`, from: node.id, to: `n${Math.min(size - 1, next + Math.floor(random() * width))}` }));
  });
  return { id: 'large', title: `${size} steps`, nodes, links };
}

const wide = query.has('wide') ? { maxNodeWidth: 420, minNodeWidth: 400, columnGap: 140 } : undefined;

if (page === 'element') {
  defineTheoryOfChangeElement();
  const element = document.createElement('theory-of-change-diagram');
  element.setAttribute('toc', JSON.stringify(exampleTheoryOfChange()));
  for (const flag of ['interactive', 'checks', 'swimlanes']) if (query.has(flag)) element.setAttribute(flag, '');
  if (query.has('fit')) element.setAttribute('fit', 'width');
  main.append(element);
} else if (page === 'svg') {
  if (query.has('host')) main.insertAdjacentHTML('beforeend', '<style>.toc-link{color:#0b57d0}</style><nav aria-label="Contents"><a class="toc-link" href="#plan">Our plan</a></nav>');
  main.insertAdjacentHTML(
    'beforeend',
    renderSvg(exampleTheoryOfChange(), { checks: query.has('checks'), fit: query.has('fit') ? 'width' : 'none', ...(query.has('print') ? { print: 'pages' } : {}), ...wide }),
  );
} else {
  const size = Number(query.get('size') ?? 0);
  createRoot(main).render(
    createElement(TheoryOfChangeDiagram, {
      toc: size > 0 ? largeToc(size) : exampleTheoryOfChange(),
      editable: !query.has('still'),
      fit: query.has('fit') ? 'width' : 'none',
      ...(wide ? { layoutOptions: wide } : {}),
    }),
  );
}
